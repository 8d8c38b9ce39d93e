import { useMemo } from 'react';
import { Link } from 'react-router';

import type { ActionStatus, ActionSummaryDto } from '@/api/delivery-tracker-client';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { useAllActions } from '@/features/actions/api/list-actions';
import { ActionRowsTable } from '@/features/actions/components/action-rows-table';
import { postUpdateColumn } from '@/features/actions/components/post-update-column';
import { byUrgency } from '@/features/actions/utils/urgency';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { usePageTitle } from '@/hooks/use-page-title';

/** The statuses of actions still to deliver: completed and cancelled ones need nothing more from their lead. */
const openStatuses: ActionStatus[] = ['NotStarted', 'InProgress', 'Blocked', 'OnHold'];

type Group = { key: string; heading: string; actions: ActionSummaryDto[] };

/**
 * The lead's open actions in groups, each most urgent first: overdue (the API's `overdue` filter), then the rest.
 */
function groupActions(open: readonly ActionSummaryDto[], overdueIds: ReadonlySet<string>): Group[] {
  const sorted = [...open].sort(byUrgency);
  const groups: Group[] = [
    { key: 'overdue', heading: 'Overdue', actions: sorted.filter((action) => overdueIds.has(action.id)) },
    { key: 'other', heading: 'Other open actions', actions: sorted.filter((action) => !overdueIds.has(action.id)) },
  ];
  return groups.filter((group) => group.actions.length > 0);
}

function MyActionsList({ leadId }: { leadId: string }) {
  const open = useAllActions({ leadId, status: openStatuses });
  const overdue = useAllActions({ leadId, status: openStatuses, overdue: true });
  const groups = useMemo(
    () => (open.data && overdue.data ? groupActions(open.data, new Set(overdue.data.map((action) => action.id))) : undefined),
    [open.data, overdue.data],
  );
  const query = {
    isPending: groups === undefined && !open.isError && !overdue.isError,
    isError: open.isError || overdue.isError,
    error: open.error ?? overdue.error,
    data: groups,
  };

  return (
    <QueryState
      query={query}
      loading="Loading your actions…"
      isEmpty={(data) => data === undefined || data.length === 0}
      empty={
        <>
          <h2 className="govuk-heading-m">You lead no open actions</h2>
          <p className="govuk-body">
            Actions you lead appear here until they are completed or cancelled. See every action in the{' '}
            <Link className="govuk-link" to={paths.home.getHref()}>
              delivery plans
            </Link>
            .
          </p>
        </>
      }
    >
      {(data) =>
        data?.map((group) => (
          <section key={group.key} aria-labelledby={`group-${group.key}`}>
            <h2 className="govuk-heading-l" id={`group-${group.key}`}>
              {group.heading} ({group.actions.length})
            </h2>
            <ActionRowsTable caption={`${group.heading}: actions you lead`} actions={group.actions} extraColumn={postUpdateColumn} />
          </section>
        ))
      }
    </QueryState>
  );
}

/** A lead's open actions across plans, most urgent first, each with a link to post a progress update. */
export function MyActionsRoute() {
  usePageTitle('My actions');
  const user = useCurrentUser();
  const leadId = user.data?.leadId;

  return (
    <>
      <h1 className="govuk-heading-xl">My actions</h1>
      {leadId ? (
        <>
          <p className="govuk-body-l">The open actions you lead, most urgent first: the most severe rating, then the earliest due date.</p>
          <MyActionsList leadId={leadId} />
        </>
      ) : (
        <>
          <p className="govuk-body">Your account is not linked to a lead, so there are no actions for you to update here.</p>
          <p className="govuk-body">
            If you lead actions in a delivery plan, ask a programme manager to link your account to your lead. Until then you can
            read every action in the{' '}
            <Link className="govuk-link" to={paths.home.getHref()}>
              delivery plans
            </Link>
            .
          </p>
        </>
      )}
    </>
  );
}
