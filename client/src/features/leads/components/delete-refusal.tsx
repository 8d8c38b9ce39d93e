import { Link } from 'react-router';

import { ErrorSummary } from '@/components/govuk/error-summary';
import { paths } from '@/config/paths';
import { isApiProblemError } from '@/lib/api-client';
import { problemToFormErrors } from '@/hooks/use-form-errors';

/** What the API's 409 lists as keeping a lead: the actions it leads, the KPIs it owns and its member leads. */
type Dependents = {
  actions?: { id: string; referenceCode: string }[];
  kpis?: { id: string; code?: string; name: string }[];
  leads?: { id: string; name: string }[];
};

function dependentsOf(error: unknown): Dependents {
  if (!isApiProblemError(error) || typeof error.problem.dependents !== 'object' || error.problem.dependents === null) return {};
  return error.problem.dependents as Dependents;
}

/**
 * Why a lead could not be deleted: the API's problem in an error summary and, when it refused because the lead is still
 * in use, links to what uses it, so the programme manager can reassign those first.
 */
export function DeleteRefusal({ error }: { error: unknown }) {
  const { summaryItems } = problemToFormErrors(error, []);
  const { actions = [], kpis = [], leads = [] } = dependentsOf(error);
  return (
    <ErrorSummary
      items={summaryItems}
      description={
        actions.length + kpis.length + leads.length > 0 ? (
          <>
            {actions.length > 0 ? (
              <>
                Actions it leads:{' '}
                {actions.map((action, index) => (
                  <span key={action.id}>
                    {index > 0 ? ', ' : null}
                    <Link to={paths.actions.action.getHref(action.id)}>{action.referenceCode}</Link>
                  </span>
                ))}
                .{' '}
              </>
            ) : null}
            {kpis.length > 0 ? (
              <>
                KPIs it owns:{' '}
                {kpis.map((kpi, index) => (
                  <span key={kpi.id}>
                    {index > 0 ? ', ' : null}
                    <Link to={paths.kpis.kpi.getHref(kpi.id)}>{kpi.name}</Link>
                  </span>
                ))}
                .{' '}
              </>
            ) : null}
            {leads.length > 0 ? <>Leads that belong to it: {leads.map((lead) => lead.name).join(', ')}.</> : null}
          </>
        ) : undefined
      }
    />
  );
}
