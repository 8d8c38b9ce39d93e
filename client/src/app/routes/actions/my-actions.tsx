import { useMemo } from 'react';
import { Link } from 'react-router';

import type { ActionStatus, ActionSummaryDto } from '@/api/delivery-tracker-client';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { useAllActions } from '@/features/actions/api/list-actions';
import { ActionRowsTable } from '@/features/actions/components/action-rows-table';
import { postUpdateColumn } from '@/features/actions/components/post-update-column';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { usePageTitle } from '@/hooks/use-page-title';
import { canPostProgress } from '@/features/auth/utils/permissions';

/** The statuses of actions still to deliver: completed and cancelled ones need nothing more from their lead. */
const openStatuses: ActionStatus[] = ['NotStarted', 'InProgress', 'Blocked', 'OnHold'];

type Group = { key: string; heading: string; actions: ActionSummaryDto[] };

/**
 * The lead's open actions in groups by the API's flags (overdue, due soon, the rest), each keeping the API's
 * most-urgent-first order (`sort=Urgency`).
 */
function groupActions(actions: readonly ActionSummaryDto[]): Group[] {
  const groups: Group[] = [
    { key: 'overdue', heading: 'Overdue', actions: actions.filter((action) => action.rating.overdue) },
    { key: 'due-soon', heading: 'Due soon', actions: actions.filter((action) => !action.rating.overdue && action.rating.dueSoon) },
    { key: 'other', heading: 'Other open actions', actions: actions.filter((action) => !action.rating.overdue && !action.rating.dueSoon) },
  ];
  return groups.filter((group) => group.actions.length > 0);
}

/** `canPost`: whether the user's roles let them post on the actions they lead (a viewer linked to a lead may not). */
function MyActionsList({ leadId, canPost }: { leadId: string; canPost: boolean }) {
  const actions = useAllActions({ leadId, status: openStatuses, sort: 'Urgency' });
  const groups = useMemo(() => (actions.data ? groupActions(actions.data) : undefined), [actions.data]);

  return (
    <QueryState
      query={{ ...actions, data: groups }}
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
            <ActionRowsTable caption={`${group.heading}: actions you lead`} actions={group.actions} extraColumn={canPost ? postUpdateColumn : undefined} />
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
          <p className="govuk-body-l">The open actions you lead, most urgent first.</p>
          <MyActionsList leadId={leadId} canPost={canPostProgress(user.data, { leads: [{ leadId }] })} />
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
