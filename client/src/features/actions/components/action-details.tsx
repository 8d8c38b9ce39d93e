import { Link } from 'react-router';

import type { ActionDto, PlanDto } from '@/api/delivery-tracker-client';
import { SummaryList } from '@/components/govuk/summary-list';
import { paths, queryString } from '@/config/paths';
import { ActionStatusTag } from '@/features/plans/components/action-status-tag';
import { LeadsList } from '@/features/plans/components/leads-list';

/** The theme and objective an action sits under, found in its plan's tree; undefined until the plan has loaded. */
function placeInPlan(plan: PlanDto | undefined, action: ActionDto) {
  const theme = plan?.themes.find((candidate) => candidate.id === action.themeId);
  const objective = theme?.objectives.find((candidate) => candidate.id === action.objectiveId);
  return { theme, objective };
}

/**
 * What the action is: where it sits in the plan (links into the plan tree, filtered by the API's own parameter
 * names), its leads, KPI text and linked KPIs, recommendations, status, progress and any note on the source text.
 */
export function ActionDetails({ action, plan }: { action: ActionDto; plan: PlanDto | undefined }) {
  const { theme, objective } = placeInPlan(plan, action);
  // The plan tree's own query names (`theme`), so the link opens the tree filtered to the action's theme.
  const themeHref = paths.plans.plan.getHref(action.planId, queryString({ theme: action.themeId }));
  const rows = [
    {
      key: 'Theme',
      value: (
        <Link className="govuk-link" to={themeHref}>
          {theme ? theme.title : 'View the theme in the plan'}
        </Link>
      ),
    },
    {
      key: 'Objective',
      value: (
        <Link className="govuk-link" to={`${themeHref}#objective-${action.objectiveId}`}>
          {objective ? objective.title : 'View the objective in the plan'}
        </Link>
      ),
    },
    { key: 'Leads', value: <LeadsList leads={action.leads} leadToBeAgreed={action.leadToBeAgreed} /> },
    { key: 'KPI as written', value: action.kpiText?.trim() || 'None given' },
    {
      key: 'Linked KPIs',
      value:
        action.kpis.length === 0 ? (
          'None'
        ) : (
          <ul className="govuk-list">
            {action.kpis.map((kpi) => (
              <li key={kpi.kpiId}>
                <Link className="govuk-link" to={paths.kpis.kpi.getHref(kpi.kpiId)}>
                  {kpi.name}
                </Link>{' '}
                <span className="app-secondary-text">({kpi.code})</span>
              </li>
            ))}
          </ul>
        ),
    },
    {
      key: 'Recommendations',
      value:
        action.recommendationNumbers.length === 0 ? (
          'None'
        ) : (
          <>
            <span>Answers {action.recommendationNumbers.length === 1 ? 'recommendation' : 'recommendations'} </span>
            {action.recommendationNumbers.join(', ')}.{' '}
            <Link className="govuk-link" to={paths.plans.recommendations.getHref(action.planId)}>
              View the review’s recommendations
            </Link>
          </>
        ),
    },
    { key: 'Status', value: <ActionStatusTag status={action.status} /> },
    { key: 'Percent complete', value: action.percentComplete === undefined || action.percentComplete === null ? 'Not given' : `${action.percentComplete}%` },
  ];
  if (action.sourceNote) rows.push({ key: 'Note on the source', value: action.sourceNote });
  return <SummaryList rows={rows} />;
}
