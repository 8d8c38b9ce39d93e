import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import type { PlanSummaryDto } from '@/api/delivery-tracker-client';
import { PermissionDenied } from '@/components/errors/permission-denied';
import { Button } from '@/components/govuk/button';
import { Select } from '@/components/govuk/select';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { useAllActions, type ActionListFilter } from '@/features/actions/api/list-actions';
import { ActionRowsTable } from '@/features/actions/components/action-rows-table';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canEditPlans } from '@/features/auth/utils/permissions';
import { usePlans } from '@/features/plans/api/list-plans';
import { usePageTitle } from '@/hooks/use-page-title';

/** The plan chooser, as a GET form: "Show plan" puts the plan in the query string. */
function PlanChooser({ plans, planId }: { plans: readonly PlanSummaryDto[]; planId: string }) {
  const navigate = useNavigate();
  const [chosen, setChosen] = useState(planId);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(paths.actions.overdue.getHref(chosen));
  }
  return (
    <form method="get" noValidate onSubmit={handleSubmit}>
      <Select
        id="overdue-plan"
        name="planId"
        label="Plan"
        options={plans.map((plan) => ({ value: plan.id, text: plan.title }))}
        value={chosen}
        onChange={setChosen}
      />
      <Button type="submit" variant="secondary">
        Show plan
      </Button>
    </form>
  );
}

type ActionsSectionProps = {
  id: string;
  heading: string;
  filter: ActionListFilter;
  empty: string;
};

/**
 * One list of the page: the actions the API finds for the filter, in its urgency order (within overdue or due-soon
 * actions, the earliest due date first: the longest overdue, or the soonest due).
 */
function ActionsSection({ id, heading, filter, empty }: ActionsSectionProps) {
  const actions = useAllActions({ ...filter, sort: 'Urgency' });
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-l" id={id}>
        {heading}
        {actions.data ? ` (${actions.data.length})` : ''}
      </h2>
      <QueryState
        query={actions}
        loading={`Loading the ${heading.toLowerCase()} actions…`}
        isEmpty={(data) => data.length === 0}
        empty={<p className="govuk-body">{empty}</p>}
      >
        {(data) => <ActionRowsTable caption={`${heading} actions`} actions={data} />}
      </QueryState>
    </section>
  );
}

function OverdueLists({ plans }: { plans: readonly PlanSummaryDto[] }) {
  const [searchParams] = useSearchParams();
  const requested = searchParams.get('planId') ?? '';
  // Without a choice, the first plan of the list (the newest period first).
  const plan = plans.find((candidate) => candidate.id === requested) ?? plans[0];
  if (!plan) return <p className="govuk-body">There are no plans yet.</p>;
  const unknownPlan = requested !== '' && plan.id !== requested;

  return (
    <>
      {plans.length > 1 ? <PlanChooser key={plan.id} plans={plans} planId={plan.id} /> : null}
      {unknownPlan ? <p className="govuk-body">The plan in the address was not found, so this is {plan.title}.</p> : null}
      <p className="govuk-body">
        Actions of{' '}
        <Link className="govuk-link" to={paths.plans.plan.getHref(plan.id)}>
          {plan.title}
        </Link>{' '}
        that need chasing, each with its lead and the reason for its rating.
      </p>
      <ActionsSection
        id="overdue-actions"
        heading="Overdue"
        filter={{ planId: plan.id, overdue: true }}
        empty="No actions are overdue."
      />
      <ActionsSection
        id="due-soon-actions"
        heading="Due soon"
        filter={{ planId: plan.id, dueSoon: true }}
        empty="No actions are due soon."
      />
    </>
  );
}

/** Programme managers: a plan's overdue actions (longest overdue first) and due-soon ones, to chase their leads. */
export function OverdueRoute() {
  const user = useCurrentUser();
  const plans = usePlans();
  const allowed = canEditPlans(user.data);
  // The denied page sets its own title; the parent's effect runs after the child's, so it must agree.
  usePageTitle(allowed ? 'Overdue and due soon' : 'You do not have permission to see this page');
  if (!allowed) return <PermissionDenied who="programme managers" advice="If you think you should be able to, ask an administrator to give you the programme manager role." />;

  return (
    <>
      <h1 className="govuk-heading-xl">Overdue and due soon</h1>
      <QueryState query={plans} loading="Loading the plans…" isEmpty={(data) => data.items.length === 0} empty={<p className="govuk-body">There are no plans yet.</p>}>
        {(data) => <OverdueLists plans={data.items} />}
      </QueryState>
    </>
  );
}
