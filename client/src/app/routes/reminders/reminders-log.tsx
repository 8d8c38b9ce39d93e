import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import type { ReminderKind, ReminderScanResultDto, ReminderState } from '@/api/delivery-tracker-client';
import { ApiErrorMessage } from '@/components/errors/api-error-message';
import { PermissionDenied } from '@/components/errors/permission-denied';
import { Button } from '@/components/govuk/button';
import { QueryState } from '@/components/states/query-state';
import { paths, queryString } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canEditPlans, canReadReminders } from '@/features/auth/utils/permissions';
import { useLeads } from '@/features/leads/api/list-leads';
import { usePlans } from '@/features/plans/api/list-plans';
import { useReminders, type ReminderListFilter } from '@/features/reminders/api/list-reminders';
import { useScanReminders } from '@/features/reminders/api/scan-reminders';
import { ReminderFiltersForm } from '@/features/reminders/components/reminder-filters-form';
import { RemindersTable } from '@/features/reminders/components/reminders-table';
import { ScanResultBanner } from '@/features/reminders/components/scan-result-banner';
import { reminderKindNames, reminderStateTags } from '@/features/reminders/utils/reminder-words';
import { usePageTitle } from '@/hooks/use-page-title';

/** The filters in the address, as the API names them; values the API does not know are left out. */
function readFilter(searchParams: URLSearchParams): ReminderListFilter {
  const kind = searchParams.get('kind') ?? '';
  const state = searchParams.get('state') ?? '';
  return {
    planId: searchParams.get('planId') || undefined,
    leadId: searchParams.get('leadId') || undefined,
    kind: kind in reminderKindNames ? (kind as ReminderKind) : undefined,
    state: state in reminderStateTags ? (state as ReminderState) : undefined,
  };
}

function RemindersList({ filter }: { filter: ReminderListFilter }) {
  const reminders = useReminders(filter);
  return (
    <QueryState
      query={reminders}
      loading="Loading the reminders…"
      isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
      empty={<p className="govuk-body">No reminders match. Reminders are recorded by the daily scan when actions fall due soon or become overdue.</p>}
    >
      {(data) => (
        <>
          <RemindersTable reminders={data.pages.flatMap((page) => page.items)} />
          {reminders.hasNextPage ? (
            <Button variant="secondary" disabled={reminders.isFetchingNextPage} onClick={() => void reminders.fetchNextPage()}>
              Show more reminders
            </Button>
          ) : null}
          {reminders.isFetchNextPageError ? <ApiErrorMessage error={reminders.error} /> : null}
        </>
      )}
    </QueryState>
  );
}

/**
 * Programme managers and administrators: every reminder the scan recorded, newest first — about which action, to
 * whom, why, and how delivery went (failures in words). Filters by plan, lead, kind and state stay in the address.
 * Programme managers can also run today's scan now rather than wait for the morning job.
 */
export function RemindersLogRoute() {
  const user = useCurrentUser();
  const allowed = canReadReminders(user.data);
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const filter = readFilter(searchParams);
  const plans = usePlans();
  const leads = useLeads({}, { enabled: allowed });
  const [scanned, setScanned] = useState<ReminderScanResultDto | undefined>();
  const scan = useScanReminders({ onScanned: setScanned });
  usePageTitle(allowed ? 'Reminders' : 'You do not have permission to see this page');
  if (!allowed) {
    return <PermissionDenied who="programme managers and administrators" advice="If you think you should be able to, ask an administrator to give you the programme manager role." />;
  }

  return (
    <>
      {scanned ? <ScanResultBanner result={scanned} /> : null}
      {scan.isError ? <ApiErrorMessage error={scan.error} /> : null}
      <h1 className="govuk-heading-xl">Reminders</h1>
      <p className="govuk-body">
        Every reminder sent to leads and programme managers, newest first, and whether it arrived. The scan runs every
        morning.
      </p>
      {canEditPlans(user.data) ? (
        <Button
          variant="secondary"
          disabled={scan.isPending}
          onClick={() => {
            setScanned(undefined);
            scan.mutate();
          }}
        >
          Run the reminder scan now
        </Button>
      ) : null}
      {plans.data && leads.data ? (
        <ReminderFiltersForm
          key={searchParams.toString()}
          filter={filter}
          plans={plans.data.items}
          leads={leads.data}
          onSubmit={(chosen) => navigate(paths.reminders.log.getHref(queryString(chosen)))}
        />
      ) : null}
      {plans.isError ? <ApiErrorMessage error={plans.error} /> : null}
      {leads.isError ? <ApiErrorMessage error={leads.error} /> : null}
      <RemindersList filter={filter} />
    </>
  );
}
