import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorSummary } from '@/components/govuk/error-summary';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { SummaryList } from '@/components/govuk/summary-list';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { usePreferences } from '@/features/preferences/api/get-preferences';
import { useSetPreferences } from '@/features/preferences/api/set-preferences';
import { EmailRemindersForm, emailRemindersFields } from '@/features/preferences/components/email-reminders-form';
import { roleNames } from '@/features/users/utils/role-names';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';

/** The signed-in user's account: who they are, and their notification settings (email reminders on or off). */
export function AccountRoute() {
  const user = useCurrentUser();
  const preferences = usePreferences();
  const [saved, setSaved] = useState<boolean | undefined>();
  const [attempt, setAttempt] = useState(0);
  const save = useSetPreferences({ onSaved: (result) => setSaved(result.emailReminders) });
  const errors = useFormErrors(save.error, emailRemindersFields, { generalErrorHref: `#${emailRemindersFields[0]!.id}` });
  usePageTitle(errors.hasErrors ? 'Error: Your account' : 'Your account');

  return (
    <>
      {errors.hasErrors ? <ErrorSummary key={attempt} items={errors.summaryItems} /> : null}
      {saved !== undefined ? (
        <NotificationBanner type="success" heading="Your notification settings have been saved">
          <p className="govuk-body">{saved ? 'Reminders will be emailed to you as well.' : 'Reminders will only appear on your notifications page.'}</p>
        </NotificationBanner>
      ) : null}

      <h1 className="govuk-heading-xl">Your account</h1>
      {user.data ? (
        <SummaryList
          rows={[
            { key: 'Name', value: user.data.displayName },
            { key: 'Email', value: user.data.email },
            { key: 'Roles', value: user.data.roles.map((role) => roleNames[role]).join(', ') || 'None' },
          ]}
        />
      ) : null}

      <h2 className="govuk-heading-l">Notification settings</h2>
      <QueryState query={preferences} loading="Loading your notification settings…">
        {(data) => (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <EmailRemindersForm
                preferences={data}
                errors={errors}
                pending={save.isPending}
                onSubmit={(request) => {
                  setAttempt((previous) => previous + 1);
                  setSaved(undefined);
                  save.mutate(request);
                }}
              />
            </div>
          </div>
        )}
      </QueryState>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.notifications.list.getHref()}>
          See your notifications
        </Link>
      </p>
    </>
  );
}
