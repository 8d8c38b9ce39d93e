import { useState } from 'react';
import { Link, useParams } from 'react-router';

import type { UserDto } from '@/api/delivery-tracker-client';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { SummaryList } from '@/components/govuk/summary-list';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { ConflictPanel } from '@/features/conflicts/components/conflict-panel';
import { useEditWithConflicts } from '@/features/conflicts/hooks/use-edit-with-conflicts';
import { readConflict } from '@/features/conflicts/utils/conflict';
import { useLeads } from '@/features/leads/api/list-leads';
import { useUser } from '@/features/users/api/get-user';
import { useSetUserDisabled, useUpdateUser } from '@/features/users/api/update-user';
import { UserStatusTag } from '@/features/users/components/user-status-tag';
import { UserForm, userFormFields, userFormValues, type UserFormValues } from '@/features/users/components/user-form';
import { userComparedFields } from '@/features/users/utils/user-conflict';
import { userStatus } from '@/features/users/utils/user-status';
import { problemToFormErrors, useFormErrors } from '@/hooks/use-form-errors';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { usePageTitle } from '@/hooks/use-page-title';
import { orNull } from '@/lib/json-null';

/** An administrator's page for one account: name, roles and linked lead, and disabling or enabling the account. */
export function UserRoute() {
  const { userId = '' } = useParams();
  const user = useUser(userId);
  usePageTitle(user.isError ? 'User not found' : 'Change user');
  return (
    <>
      <BackLink to={paths.admin.users.getHref()}>Back to users</BackLink>
      <QueryState query={user} loading="Loading the user…">
        {(loaded) => <EditUser key={loaded.id} initial={loaded} />}
      </QueryState>
    </>
  );
}

/**
 * Saves with PUT and `If-Match` from the account as loaded (`base`); a 412 shows the other administrator's change
 * beside this one's and keeps the form's values for "Save my changes again". Disabling is a PATCH of that one flag,
 * after a confirmation.
 */
function EditUser({ initial }: { initial: UserDto }) {
  const [values, setValues] = useState<UserFormValues>(() => userFormValues(initial));
  const [attempt, setAttempt] = useState(0);
  const [confirmingAccess, setConfirmingAccess] = useState(false);
  const leads = useLeads({});
  const update = useUpdateUser();
  const access = useSetUserDisabled();
  const navigateWithFlash = useNavigateWithFlash();

  const leadName = (id: string) => leads.data?.find((lead) => lead.id === id)?.name ?? 'a lead no longer listed';
  const edit = useEditWithConflicts<UserDto, UserFormValues>({
    loaded: initial,
    error: update.error,
    fields: userComparedFields(leadName),
    values,
    onDiscard: (current) => setValues(userFormValues(current)),
    save: (etag, submitted, version) => {
      setAttempt((previous) => previous + 1);
      update.mutate(
        {
          userId: version.id,
          etag,
          // The disabled flag is sent as it is in the version written over: this form does not change it.
          request: { displayName: submitted.displayName, roles: submitted.roles, leadId: orNull(submitted.leadId), disabled: version.disabled },
        },
        { onSuccess: (saved) => navigateWithFlash(paths.admin.users.getHref(), `${saved.displayName}’s account updated`) },
      );
    },
  });
  const base = edit.base;

  const errors = useFormErrors(edit.error, userFormFields, { generalErrorHref: `#${userFormFields[0].id}` });
  const accessConflict = readConflict<UserDto>(access.error);
  const disabling = !base.disabled;
  const accessAction = disabling ? 'Disable account' : 'Enable account';
  usePageTitle(
    confirmingAccess ? (access.isError ? `Error: ${accessAction}` : accessAction) : errors.hasErrors || edit.conflict ? 'Error: Change user' : 'Change user',
  );

  function changeAccess() {
    setAttempt((previous) => previous + 1);
    // After a 412 the account as it is now is the one changed.
    const current = accessConflict ? { ...accessConflict.current, etag: accessConflict.currentETag } : base;
    access.mutate(
      { user: current, disabled: !current.disabled },
      {
        onSuccess: (saved) =>
          navigateWithFlash(
            paths.admin.users.getHref(),
            `${saved.displayName}’s account ${saved.disabled ? 'disabled' : 'enabled'}`,
            saved.disabled ? 'They are signed out within a minute and cannot sign in until the account is enabled again.' : 'They can sign in again.',
          ),
      },
    );
  }

  if (confirmingAccess) {
    const shown = accessConflict?.current ?? base;
    const accessErrors = accessConflict
      ? [{ text: 'Someone else changed this account while you were looking at it. Check it is still what you want, then confirm again.' }]
      : problemToFormErrors(access.error, []).summaryItems;
    return (
      <>
        {access.isError ? <ErrorSummary key={attempt} items={accessErrors} /> : null}
        <h1 className="govuk-heading-xl">
          {shown.disabled ? 'Enable' : 'Disable'} {shown.displayName}’s account?
        </h1>
        <p className="govuk-body">
          {shown.disabled
            ? `${shown.displayName} will be able to sign in again, with the roles the account has.`
            : `${shown.displayName} will be signed out within a minute and will not be able to sign in until the account is enabled again. Their roles and linked lead are kept.`}
        </p>
        <div className="govuk-button-group">
          <Button variant={shown.disabled ? 'primary' : 'warning'} onClick={changeAccess} disabled={access.isPending}>
            {shown.disabled ? 'Yes, enable the account' : 'Yes, disable the account'}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              access.reset();
              setConfirmingAccess(false);
            }}
          >
            No, go back
          </Button>
        </div>
      </>
    );
  }

  return (
    <>
      {edit.conflict ? (
        <ConflictPanel what="this account" changes={edit.conflict} onReapply={edit.reapply} onDiscard={edit.discard} />
      ) : errors.hasErrors ? (
        <ErrorSummary key={attempt} items={errors.summaryItems} />
      ) : null}
      <span className="govuk-caption-l app-break-anywhere">{base.email}</span>
      <h1 className="govuk-heading-xl">Change {base.displayName}</h1>
      <SummaryList
        rows={[
          { key: 'Email address', value: <span className="app-break-anywhere">{base.email}</span> },
          { key: 'Status', value: <UserStatusTag status={userStatus(base)} /> },
        ]}
      />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <UserForm values={values} onChange={setValues} leads={leads.data ?? []} errors={errors} pending={update.isPending} onSubmit={() => edit.submit(values)}>
            <Link className="govuk-link" to={paths.admin.users.getHref()}>
              Cancel
            </Link>
          </UserForm>
          <h2 className="govuk-heading-m">Account access</h2>
          <p className="govuk-body">
            {base.disabled
              ? 'This account is disabled: the user cannot sign in.'
              : 'A disabled user cannot sign in. Their roles and linked lead are kept for when the account is enabled again.'}
          </p>
          <Button variant={base.disabled ? 'secondary' : 'warning'} onClick={() => setConfirmingAccess(true)}>
            {accessAction}
          </Button>
        </div>
      </div>
    </>
  );
}
