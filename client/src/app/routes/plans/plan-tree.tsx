import { Link, useParams } from 'react-router';

import { ApiErrorMessage } from '@/components/errors/api-error-message';
import { BackLink } from '@/components/govuk/back-link';
import { paths } from '@/config/paths';
import { usePlan } from '@/features/plans/api/get-plan';
import { PlanSummary } from '@/features/plans/components/plan-summary';
import { PlanTree } from '@/features/plans/components/plan-tree';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiProblemError } from '@/lib/api-client';

export function PlanTreeRoute() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  const notFound = plan.isError && isApiProblemError(plan.error) && plan.error.status === 404;
  usePageTitle(plan.data?.title ?? (notFound ? 'Plan not found' : plan.isError ? 'Plan could not be loaded' : 'Plan'));

  return (
    <>
      <BackLink to={paths.home.getHref()}>All plans</BackLink>
      {plan.isPending ? (
        <p className="govuk-body" role="status">
          Loading the plan…
        </p>
      ) : notFound ? (
        <>
          <h1 className="govuk-heading-xl">Plan not found</h1>
          <p className="govuk-body">There is no plan at this address. If you typed or pasted it, check it is complete.</p>
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.home.getHref()}>
              View all plans
            </Link>
          </p>
        </>
      ) : plan.isError ? (
        <>
          <h1 className="govuk-heading-xl">The plan could not be loaded</h1>
          <ApiErrorMessage error={plan.error} />
        </>
      ) : (
        <>
          <span className="govuk-caption-l">Delivery plan</span>
          <h1 className="govuk-heading-xl">{plan.data.title}</h1>
          <PlanSummary plan={plan.data} />
          <PlanTree plan={plan.data} />
        </>
      )}
    </>
  );
}
