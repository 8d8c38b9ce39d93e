import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';

import type { ActionSummaryDto, PlanDto } from '@/api/delivery-tracker-client';
import { ApiErrorMessage } from '@/components/errors/api-error-message';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { paths } from '@/config/paths';
import { useAllActions } from '@/features/actions/api/list-actions';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canEditPlans } from '@/features/auth/utils/permissions';
import { usePlan } from '@/features/plans/api/get-plan';
import { PlanFilterForm, planFilterFields } from '@/features/plans/components/plan-filter-form';
import { PlanSummary } from '@/features/plans/components/plan-summary';
import { PlanTree } from '@/features/plans/components/plan-tree';
import { countPlanActions, leadOptions, themeOptions } from '@/features/plans/utils/plan-options';
import {
  emptyPlanTreeFilter,
  filterMistakes,
  isNarrowing,
  planTreeQueryString,
  readPlanTreeFilter,
  toActionListFilter,
  type PlanTreeFilter,
} from '@/features/plans/utils/plan-tree-filter';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { ApiProblemError, isApiProblemError } from '@/lib/api-client';
import { toIsoDate, type DateParts } from '@/lib/date-parts';
import { formatIsoDate } from '@/lib/format-date';

function actionsPhrase(count: number): string {
  return count === 1 ? '1 action' : `${count} actions`;
}

/** A list of actions found, with what it was found for. */
type TreeResult = { planId: string; actions: ActionSummaryDto[]; narrowing: boolean; asOf: string };

/** "Showing 3 of 90 actions, rated as at 31 March 2020". */
function countText(result: TreeResult, total: number): string {
  const count = result.narrowing ? `Showing ${result.actions.length} of ${actionsPhrase(total)}` : `Showing all ${actionsPhrase(total)}`;
  return result.asOf ? `${count}, rated as at ${formatIsoDate(result.asOf)}` : count;
}

function mistakesProblem(mistakes: Record<string, string[]>): ApiProblemError | undefined {
  if (Object.keys(mistakes).length === 0) return undefined;
  return new ApiProblemError(400, { status: 400, title: 'One or more validation errors occurred.', errors: mistakes });
}

/** A validation problem the API gave for the filters (a 400 naming parameters), which the form shows beside them. */
function isFilterProblem(error: unknown): error is ApiProblemError {
  return isApiProblemError(error) && error.status === 400 && Object.keys(error.problem.errors ?? {}).length > 0;
}

/** The links to the plan's other pages; editing ones only for those who may edit the plan. */
function PlanLinks({ plan, asOf, canEdit }: { plan: PlanDto; asOf: string; canEdit: boolean }) {
  return (
    <nav aria-label="This plan">
      <ul className="govuk-list app-related-links">
        <li>
          <Link className="govuk-link" to={paths.plans.dashboard.getHref(plan.id, asOf || undefined)}>
            Dashboard
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={paths.plans.recommendations.getHref(plan.id)}>
            Recommendations
          </Link>
        </li>
        {canEdit ? (
          <>
            <li>
              <Link className="govuk-link" to={paths.plans.edit.getHref(plan.id)}>
                Edit plan
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={paths.plans.settings.getHref(plan.id)}>
                Plan settings
              </Link>
            </li>
          </>
        ) : null}
      </ul>
    </nav>
  );
}

/**
 * A plan's tree: themes → objectives → actions with their effective ratings, narrowed by filters that live in the
 * query string (bookmarkable) and that the API computes. The structure comes from the plan; the actions, with their
 * ratings as at the chosen date, from the actions list.
 */
export function PlanTreeRoute() {
  const { planId = '' } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const filter = useMemo(() => readPlanTreeFilter(new URLSearchParams(search)), [search]);
  const urlProblem = useMemo(() => mistakesProblem(filterMistakes(filter)), [filter]);
  // A failed "Apply filters": the form keeps what was typed and says what is wrong, until the URL changes.
  const [formProblem, setFormProblem] = useState<{ search: string; problem: ApiProblemError; attempt: number }>();

  const plan = usePlan(planId);
  const listFilter = useMemo(() => toActionListFilter(planId, filter), [planId, filter]);
  const actions = useAllActions(listFilter, { enabled: urlProblem === undefined });
  const narrowing = isNarrowing(filter);
  const result = useMemo<TreeResult | undefined>(
    () => (actions.data ? { planId, actions: actions.data, narrowing, asOf: filter.asOf } : undefined),
    [actions.data, planId, narrowing, filter.asOf],
  );
  // The last list found stays on the page while the next one loads ("Updating…"), and the next one replaces it in a
  // background render that React does in slices: a plan of 1,000 actions never freezes the page, nor blanks it.
  const [settled, setSettled] = useState(result);
  if (result && result !== settled) setSettled(result);
  const shown = useDeferredValue(settled);

  const activeFormProblem = formProblem?.search === search ? formProblem : undefined;
  const listProblem = isFilterProblem(actions.error) ? actions.error : undefined;
  const errors = useFormErrors(activeFormProblem?.problem ?? urlProblem ?? listProblem, planFilterFields, {
    generalErrorHref: `#${planFilterFields[0].id}`,
  });

  const notFound = plan.isError && isApiProblemError(plan.error) && plan.error.status === 404;
  const title = plan.data?.title ?? (notFound ? 'Plan not found' : plan.isError ? 'Plan could not be loaded' : 'Plan');
  usePageTitle(errors.hasErrors ? `Error: ${title}` : title);

  const clearHref = paths.plans.plan.getHref(planId, planTreeQueryString({ ...emptyPlanTreeFilter, asOf: filter.asOf }));

  function handleApply(draft: PlanTreeFilter, asOfParts: DateParts) {
    const asOf = toIsoDate(asOfParts);
    const mistakes = filterMistakes({ ...draft, asOf: asOf ?? '' });
    if (asOf === null) mistakes.asOf = ['Ratings as at must be a real date, like 31 3 2020'];
    const problem = mistakesProblem(mistakes);
    if (problem) {
      setFormProblem({ search, problem, attempt: (formProblem?.attempt ?? 0) + 1 });
      return;
    }
    setFormProblem(undefined);
    navigate(paths.plans.plan.getHref(planId, planTreeQueryString({ ...draft, asOf: asOf ?? '' })));
  }

  return (
    <>
      <BackLink to={paths.home.getHref()}>All plans</BackLink>
      {/* Keyed by attempt, so each failed "Apply filters" moves focus to the summary again. */}
      {errors.hasErrors ? <ErrorSummary key={activeFormProblem?.attempt ?? 0} items={errors.summaryItems} /> : null}
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
          <PlanLinks plan={plan.data} asOf={filter.asOf} canEdit={canEditPlans(user.data)} />
          <PlanSummary plan={plan.data} />
          <PlanFilterForm
            // A new form whenever the URL changes (back button, "Clear filters"), starting from the URL's filters.
            key={search}
            filter={filter}
            ragScale={plan.data.settings.ragScale}
            themes={themeOptions(plan.data)}
            leads={leadOptions(plan.data)}
            errors={errors}
            clearHref={clearHref}
            onApply={handleApply}
          />
          {urlProblem || listProblem ? (
            <p className="govuk-body">Correct the filters to see the plan’s actions.</p>
          ) : actions.isError ? (
            <ApiErrorMessage error={actions.error} />
          ) : !shown || shown.planId !== planId ? (
            <p className="govuk-body" role="status">
              Loading the actions…
            </p>
          ) : (
            <>
              <p className="govuk-body govuk-!-font-weight-bold" role="status">
                {shown === result ? countText(shown, countPlanActions(plan.data)) : 'Updating the list of actions…'}
              </p>
              {shown.actions.length === 0 && shown.narrowing ? (
                <>
                  <h2 className="govuk-heading-m">No actions match these filters</h2>
                  <p className="govuk-body">
                    Try fewer filters, or{' '}
                    <Link className="govuk-link" to={clearHref}>
                      clear the filters
                    </Link>
                    .
                  </p>
                </>
              ) : (
                <PlanTree plan={plan.data} actions={shown.actions} narrowing={shown.narrowing} />
              )}
            </>
          )}
        </>
      )}
    </>
  );
}
