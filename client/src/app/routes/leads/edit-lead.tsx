import { useState } from 'react';
import { Link, useParams } from 'react-router';

import type { LeadDto } from '@/api/delivery-tracker-client';
import { PermissionDenied } from '@/components/errors/permission-denied';
import { BackLink } from '@/components/govuk/back-link';
import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canEditPlans } from '@/features/auth/utils/permissions';
import { ConflictPanel } from '@/features/conflicts/components/conflict-panel';
import { useEditWithConflicts } from '@/features/conflicts/hooks/use-edit-with-conflicts';
import { readConflict } from '@/features/conflicts/utils/conflict';
import { useDeleteLead } from '@/features/leads/api/delete-lead';
import { useLead } from '@/features/leads/api/get-lead';
import { useOrganisations } from '@/features/leads/api/list-leads';
import { useUpdateLead } from '@/features/leads/api/update-lead';
import { DeleteRefusal } from '@/features/leads/components/delete-refusal';
import { LeadForm, leadFormFields, leadFormValues, type LeadFormValues } from '@/features/leads/components/lead-form';
import { OrganisationMembers } from '@/features/leads/components/organisation-members';
import { leadComparedFields } from '@/features/leads/utils/lead-conflict';
import { leadRequest } from '@/features/leads/utils/lead-request';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { ApiProblemError } from '@/lib/api-client';

/** A lead's page for programme managers: change it, delete it, and (for an organisation) see who belongs to it. */
export function EditLeadRoute() {
  const user = useCurrentUser();
  if (!canEditPlans(user.data)) return <PermissionDenied who="programme managers" />;
  return <EditLeadPage />;
}

function EditLeadPage() {
  const { leadId = '' } = useParams();
  const lead = useLead(leadId);
  usePageTitle(lead.isError ? 'Lead not found' : 'Edit lead');
  return (
    <>
      <BackLink to={paths.leads.list.getHref()}>Back to leads</BackLink>
      <QueryState query={lead} loading="Loading the lead…">
        {/* Keyed by id: another lead's page starts from its own values. */}
        {(loaded) => <EditLead key={loaded.id} initial={loaded} />}
      </QueryState>
    </>
  );
}

/**
 * The form starts from the lead as loaded (`base`) and sends its `etag` in `If-Match`. When someone else saved first
 * (412), the panel shows their change beside the user's; the user's values stay in the form, and "Save my changes
 * again" sends them with the new version.
 */
function EditLead({ initial }: { initial: LeadDto }) {
  const [values, setValues] = useState<LeadFormValues>(() => leadFormValues(initial));
  const [localError, setLocalError] = useState<ApiProblemError | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const organisations = useOrganisations();
  const update = useUpdateLead();
  const remove = useDeleteLead();
  const navigateWithFlash = useNavigateWithFlash();

  const choices = (organisations.data ?? []).filter((organisation) => organisation.id !== initial.id);
  const organisationName = (id: string) => choices.find((organisation) => organisation.id === id)?.name ?? '';
  const edit = useEditWithConflicts<LeadDto, LeadFormValues>({
    loaded: initial,
    error: update.error,
    fields: leadComparedFields(organisationName),
    values,
    onDiscard: (current) => setValues(leadFormValues(current)),
    save: (etag, submitted, version) => {
      setAttempt((previous) => previous + 1);
      const request = leadRequest(submitted);
      if (request instanceof ApiProblemError) {
        update.reset();
        setLocalError(request);
        return;
      }
      setLocalError(undefined);
      update.mutate(
        { leadId: version.id, etag, request },
        { onSuccess: (saved) => navigateWithFlash(paths.leads.list.getHref(), `Lead “${saved.name}” updated`) },
      );
    },
  });
  const base = edit.base;

  const errors = useFormErrors(localError ?? edit.error, leadFormFields, { generalErrorHref: `#${leadFormFields[0].id}` });
  const deleteConflict = readConflict<LeadDto>(remove.error);
  usePageTitle(confirmingDelete ? 'Delete lead' : errors.hasErrors || edit.conflict ? 'Error: Edit lead' : 'Edit lead');

  function confirmDelete() {
    // After a 412 the lead as it is now becomes the one shown and deleted.
    const current = deleteConflict ? { ...deleteConflict.current, etag: deleteConflict.currentETag } : base;
    remove.mutate(current, { onSuccess: () => navigateWithFlash(paths.leads.list.getHref(), `Lead “${current.name}” deleted`) });
  }

  if (confirmingDelete) {
    return (
      <>
        {deleteConflict ? (
          <ErrorSummary
            key={attempt}
            title="Someone else changed this lead"
            items={[{ text: `It is now called “${deleteConflict.current.name}”. Check it is still the lead to delete, then delete it again.` }]}
          />
        ) : remove.isError ? (
          <DeleteRefusal error={remove.error} />
        ) : null}
        <h1 className="govuk-heading-xl">Are you sure you want to delete {deleteConflict?.current.name ?? base.name}?</h1>
        <p className="govuk-body">The lead is removed from the list. You cannot delete a lead that still leads an action, owns a KPI or has people belonging to it.</p>
        <div className="govuk-button-group">
          <Button variant="warning" onClick={confirmDelete} disabled={remove.isPending}>
            Yes, delete this lead
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              remove.reset();
              setConfirmingDelete(false);
            }}
          >
            No, keep it
          </Button>
        </div>
      </>
    );
  }

  return (
    <>
      {edit.conflict ? (
        <ConflictPanel what="this lead" changes={edit.conflict} onReapply={edit.reapply} onDiscard={edit.discard} />
      ) : errors.hasErrors ? (
        <ErrorSummary key={attempt} items={errors.summaryItems} />
      ) : null}
      <span className="govuk-caption-l">{base.name}</span>
      <h1 className="govuk-heading-xl">Edit lead</h1>
      <p className="govuk-body">
        Leads {base.openActionCount} open {base.openActionCount === 1 ? 'action' : 'actions'}, {base.overdueActionCount} overdue.
        {base.userId ? ' Has an account, so they can sign in and post updates.' : ' Has no account: reminders go to the email address.'}
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <LeadForm
            values={values}
            onChange={setValues}
            organisations={choices}
            errors={errors}
            pending={update.isPending}
            submitText="Save changes"
            onSubmit={() => edit.submit(values)}
          >
            <Link className="govuk-link" to={paths.leads.list.getHref()}>
              Cancel
            </Link>
          </LeadForm>
          <h2 className="govuk-heading-m">Delete this lead</h2>
          <p className="govuk-body">Only a lead that leads no action, owns no KPI and has nobody belonging to it can be deleted.</p>
          <Button variant="warning" onClick={() => setConfirmingDelete(true)}>
            Delete lead
          </Button>
        </div>
      </div>
      {base.kind === 'Organisation' ? <OrganisationMembers organisation={base} /> : null}
    </>
  );
}
