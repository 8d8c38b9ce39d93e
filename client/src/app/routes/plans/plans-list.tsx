import { ApiErrorMessage } from '@/components/errors/api-error-message';
import { PlansTable } from '@/features/plans/components/plans-table';
import { usePlans } from '@/features/plans/api/list-plans';
import { usePageTitle } from '@/hooks/use-page-title';

export function PlansListRoute() {
  usePageTitle('Delivery plans');
  const plans = usePlans();

  return (
    <>
      <h1 className="govuk-heading-xl">Delivery plans</h1>
      <p className="govuk-body-l">The community safety partnership's delivery plans, with their themes and actions.</p>
      <p className="govuk-body">Open a plan to see its actions and their ratings, or its dashboard for the figures the board reviews.</p>
      {plans.isPending ? (
        <p className="govuk-body" role="status">
          Loading plans…
        </p>
      ) : plans.isError ? (
        <ApiErrorMessage error={plans.error} />
      ) : plans.data.items.length === 0 ? (
        <p className="govuk-body">There are no plans yet.</p>
      ) : (
        <PlansTable plans={plans.data.items} />
      )}
    </>
  );
}
