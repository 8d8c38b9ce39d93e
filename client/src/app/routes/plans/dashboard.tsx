import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';

import { BackLink } from '@/components/govuk/back-link';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { usePlanDashboard } from '@/features/dashboard/api/get-plan-dashboard';
import { AsOfForm } from '@/features/dashboard/components/as-of-form';
import { AttentionCounts } from '@/features/dashboard/components/attention-counts';
import { KpiTiles } from '@/features/dashboard/components/kpi-tiles';
import { LatestUpdates } from '@/features/dashboard/components/latest-updates';
import { RagByTheme } from '@/features/dashboard/components/rag-by-theme';
import { readAsOfParam } from '@/lib/as-of-param';
import { londonDate } from '@/lib/london-date';
import { usePlans } from '@/features/plans/api/list-plans';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiProblemError } from '@/lib/api-client';
import { formatIsoDate } from '@/lib/format-date';

/**
 * `/plans/:planId/dashboard?asOf=`: the board's view of a plan as at one date (today by default) — ratings by theme as
 * a chart and a table, the actions needing attention (each count a link to the plan tree filtered the same way), KPI
 * tiles with their trends, and the latest progress updates. Every figure comes from one API request for that date.
 */
export function DashboardRoute() {
  const { planId = '' } = useParams();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const today = londonDate();
  const requestedAsOf = readAsOfParam(search.get('asOf'), today);
  const dashboard = usePlanDashboard(planId, requestedAsOf);
  const plans = usePlans();
  const [formError, setFormError] = useState(false);
  const notFound = isApiProblemError(dashboard.error) && dashboard.error.status === 404;
  const planTitle = plans.data?.items.find((plan) => plan.id === planId)?.title;
  // The date the figures are for: the API's answer, else what was asked for, else today.
  const asOf = dashboard.data?.asOf ?? requestedAsOf ?? today;
  usePageTitle(notFound ? 'Plan not found' : `${formError ? 'Error: ' : ''}Dashboard${planTitle ? ` – ${planTitle}` : ''}`);

  if (notFound) {
    return (
      <>
        <h1 className="govuk-heading-xl">Plan not found</h1>
        <p className="govuk-body">There is no plan at this address. It may have been deleted.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.home.getHref()}>
            View all plans
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <BackLink to={paths.plans.plan.getHref(planId)}>The plan’s actions</BackLink>
      {planTitle ? <span className="govuk-caption-l">{planTitle}</span> : null}
      <h1 className="govuk-heading-xl">Dashboard</h1>
      {/* Keyed by the date, so the fields show the date in the URL after "Show" or going back. */}
      <AsOfForm
        key={asOf}
        asOf={asOf}
        today={today}
        onErrorChange={setFormError}
        onShow={(date) => void navigate(paths.plans.dashboard.getHref(planId, date))}
      />
      <QueryState query={dashboard} loading="Loading the dashboard…">
        {(data) => (
          <>
            <p className="govuk-body-l" role="status">
              Figures as at {formatIsoDate(data.asOf)}
            </p>
            <h2 className="govuk-heading-l">Ratings by theme</h2>
            {data.ratings.total === 0 ? (
              <p className="govuk-body">This plan has no actions yet.</p>
            ) : (
              <RagByTheme asOf={data.asOf} ratings={data.ratings} themes={data.themes} />
            )}
            <h2 className="govuk-heading-l">Actions needing attention</h2>
            <AttentionCounts planId={planId} asOf={data.asOf} counts={data.attention} />
            <h2 className="govuk-heading-l">KPIs</h2>
            <KpiTiles tiles={data.kpis} />
            <h2 className="govuk-heading-l">Latest progress updates</h2>
            <LatestUpdates updates={data.latestUpdates} asOf={data.asOf} />
          </>
        )}
      </QueryState>
    </>
  );
}
