import { useParams, useSearchParams } from 'react-router';

import type { PlanDto, RecommendationDto } from '@/api/delivery-tracker-client';
import { BackLink } from '@/components/govuk/back-link';
import { QueryState } from '@/components/states/query-state';
import { paths, queryString } from '@/config/paths';
import { usePlan } from '@/features/plans/api/get-plan';
import { useReview } from '@/features/recommendations/api/get-review';
import { useRecommendations } from '@/features/recommendations/api/list-recommendations';
import { CoverageFilterForm } from '@/features/recommendations/components/coverage-filter-form';
import { NoActionTag, RecommendationCard } from '@/features/recommendations/components/recommendation-card';
import { usePageTitle } from '@/hooks/use-page-title';

/**
 * The review's recommendations and this plan's answer to each: the actions with their effective ratings and the
 * roll-up, all as the API works them out (as of today). Recommendations nothing answers carry a red "No action" tag,
 * are counted at the top, and can be shown on their own (`?covered=false`, the API's filter of the same name).
 */
export function RecommendationsRoute() {
  usePageTitle('Recommendations');
  const { planId = '' } = useParams();
  const plan = usePlan(planId);

  return (
    <>
      <BackLink to={paths.plans.plan.getHref(planId)}>Back to the plan</BackLink>
      <QueryState query={plan} loading="Loading the plan…">
        {(loaded) => <PlanRecommendations plan={loaded} />}
      </QueryState>
    </>
  );
}

function PlanRecommendations({ plan }: { plan: PlanDto }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const onlyUncovered = searchParams.get('covered') === 'false';
  const review = useReview(plan.reviewId);
  // The API sends null for "answers no review" (the generated type says undefined): test for both.
  const hasReview = plan.reviewId != null;
  // Every recommendation, for the counts; and, when filtered, the API's own list of those with no action.
  const all = useRecommendations({ planId: plan.id }, { enabled: hasReview });
  const uncoveredOnly = useRecommendations({ planId: plan.id, covered: false }, { enabled: hasReview && onlyUncovered });

  return (
    <>
      <span className="govuk-caption-l">{plan.title}</span>
      <h1 className="govuk-heading-xl">Recommendations</h1>
      {!hasReview ? (
        <p className="govuk-body">This plan does not answer a review, so it has no recommendations to show.</p>
      ) : (
        <QueryState query={all} loading="Loading the recommendations…" isEmpty={(items) => items.length === 0} empty={<p className="govuk-body">The review has no recommendations recorded yet.</p>}>
          {(recommendations) => {
            const uncovered = recommendations.filter((recommendation) => !recommendation.covered);
            return (
              <>
                <p className="govuk-body-l">
                  {review.data ? <>The {review.data.title}: </> : null}
                  {recommendations.length} recommendations and the actions in this plan that answer them.
                </p>
                <p className="govuk-body" role="status">
                  {uncovered.length === 0 ? (
                    'Every recommendation is answered by at least one action.'
                  ) : (
                    <>
                      <NoActionTag /> {uncovered.length} of {recommendations.length} {uncovered.length === 1 ? 'recommendation has' : 'recommendations have'} no action
                      answering {uncovered.length === 1 ? 'it' : 'them'}.
                    </>
                  )}
                </p>
                <CoverageFilterForm
                  key={String(onlyUncovered)}
                  onlyUncovered={onlyUncovered}
                  uncoveredCount={uncovered.length}
                  onApply={(only) => setSearchParams(queryString({ covered: only ? 'false' : undefined }))}
                />
                {onlyUncovered ? (
                  <QueryState
                    query={uncoveredOnly}
                    loading="Loading the recommendations with no action…"
                    isEmpty={(items) => items.length === 0}
                    empty={<p className="govuk-body">No recommendation is without an action: every one is answered.</p>}
                  >
                    {(items) => <RecommendationCards recommendations={items} />}
                  </QueryState>
                ) : (
                  <RecommendationCards recommendations={recommendations} />
                )}
              </>
            );
          }}
        </QueryState>
      )}
    </>
  );
}

function RecommendationCards({ recommendations }: { recommendations: readonly RecommendationDto[] }) {
  return recommendations.map((recommendation) => <RecommendationCard key={recommendation.id} recommendation={recommendation} />);
}
