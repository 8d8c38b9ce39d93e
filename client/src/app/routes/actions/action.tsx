import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';

import { BackLink } from '@/components/govuk/back-link';
import { Details } from '@/components/govuk/details';
import { FlashBanner } from '@/components/states/flash-banner';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { useAction } from '@/features/actions/api/get-action';
import { useActionHistory } from '@/features/actions/api/get-action-history';
import { useProgressUpdates } from '@/features/actions/api/list-progress-updates';
import { ActionDetails } from '@/features/actions/components/action-details';
import { ActionHistory } from '@/features/actions/components/action-history';
import { ActionLoadFailed, isNotFound } from '@/features/actions/components/action-load-failed';
import { ActionRatings } from '@/features/actions/components/action-ratings';
import { ActionTimescale } from '@/features/actions/components/action-timescale';
import { ProgressTimeline } from '@/features/actions/components/progress-timeline';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canEditPlans, canPostProgress } from '@/features/auth/utils/permissions';
import { getPlanQueryOptions } from '@/features/plans/api/get-plan';
import { usePageTitle } from '@/hooks/use-page-title';
import { formatIsoDate } from '@/lib/format-date';
import { readAsOfParam } from '@/lib/as-of-param';
import { londonDate } from '@/lib/london-date';

/**
 * One action: what it is, its ratings side by side as at a date (`?asOf=`, today by default), its timescale, its
 * progress timeline and its change history, with the edit controls the signed-in user's role allows.
 */
export function ActionRoute() {
  const { actionId = '' } = useParams();
  const [searchParams] = useSearchParams();
  // A date the API would refuse (not a date, in the future, before 2000) shows today's ratings, as the dashboard does.
  const asOf = readAsOfParam(searchParams.get('asOf'), londonDate());
  const action = useAction(actionId, asOf);
  // The plan gives the theme's and objective's titles; asked for once the action says which plan it is.
  const planId = action.data?.planId ?? '';
  const plan = useQuery({ ...getPlanQueryOptions(planId), enabled: planId !== '' });
  const updates = useProgressUpdates(actionId);
  const history = useActionHistory(actionId);
  const user = useCurrentUser().data;

  usePageTitle(
    action.data
      ? `Action ${action.data.referenceCode}`
      : action.isError
        ? isNotFound(action.error)
          ? 'Action not found'
          : 'Action could not be loaded'
        : 'Action',
  );

  if (action.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading the action…
      </p>
    );
  }
  if (action.isError) return <ActionLoadFailed error={action.error} />;

  const data = action.data;
  const mayPost = canPostProgress(user, data);
  const mayEdit = canEditPlans(user);

  return (
    <>
      <BackLink to={paths.plans.plan.getHref(data.planId)}>Back to the plan</BackLink>
      <FlashBanner />
      <span className="govuk-caption-l">Action {data.referenceCode}</span>
      <h1 className="govuk-heading-l">{data.text}</h1>

      {mayPost || mayEdit ? (
        <div className="govuk-button-group">
          {mayPost ? (
            <Link className="govuk-button" to={paths.actions.update.getHref(data.id)}>
              Post a progress update
            </Link>
          ) : null}
          {mayEdit ? (
            <Link className="govuk-button govuk-button--secondary" to={paths.actions.edit.getHref(data.id)}>
              Edit action
            </Link>
          ) : null}
        </div>
      ) : null}

      <h2 className="govuk-heading-m">Ratings as at {formatIsoDate(data.rating.asOf)}</h2>
      <ActionRatings rating={data.rating} />
      {asOf ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.actions.action.getHref(data.id)}>
            See the ratings as at today
          </Link>
        </p>
      ) : null}

      <h2 className="govuk-heading-m">About this action</h2>
      <ActionDetails action={data} plan={plan.data} />

      <h2 className="govuk-heading-m">Timescale</h2>
      <ActionTimescale timescale={data.timescale} />
      {mayEdit ? (
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.actions.timescale.getHref(data.id)}>
            Correct the timescale <span className="govuk-visually-hidden">of action {data.referenceCode}</span>
          </Link>
        </p>
      ) : null}

      <h2 className="govuk-heading-m">Progress updates</h2>
      <QueryState
        query={updates}
        loading="Loading the progress updates…"
        isEmpty={(items) => items.length === 0}
        empty={<p className="govuk-body">No progress updates have been posted yet.</p>}
      >
        {(items) => <ProgressTimeline updates={items} />}
      </QueryState>

      <h2 className="govuk-heading-m">Change history</h2>
      <QueryState
        query={history}
        loading="Loading the change history…"
        isEmpty={(entries) => entries.length === 0}
        empty={<p className="govuk-body">No changes have been recorded.</p>}
      >
        {(entries) => (
          <Details summary={entries.length === 1 ? 'Show the 1 recorded change' : `Show the ${entries.length} recorded changes`}>
            <ActionHistory entries={entries} leads={data.leads} />
          </Details>
        )}
      </QueryState>
    </>
  );
}
