import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ActionSummaryDto, RecommendationDto } from '@/api/delivery-tracker-client';
import { listAllActions } from '@/features/actions/api/list-actions';
import type { RecommendationCoverage } from '@/features/recommendations/utils/recommendation-coverage';
import { rollUp } from '@/features/recommendations/utils/roll-up';
import { api } from '@/lib/api-client';
import { collectPages, maxPageSize } from '@/lib/collect-pages';

/** Every recommendation of a review (a review has tens), by number. */
export function listAllRecommendations(reviewId: string, signal?: AbortSignal): Promise<RecommendationDto[]> {
  return collectPages((cursor, pageSignal) => api.recommendations.listRecommendations(reviewId, undefined, maxPageSize, cursor, pageSignal), signal);
}

/**
 * The review's recommendations with this plan's answer to each: its actions with their effective ratings, the roll-up
 * and whether anything answers it. Two requests, whatever the number of actions: the recommendations and the plan's
 * action list, which carries every action's rating.
 */
export async function listRecommendationCoverage(planId: string, reviewId: string, signal?: AbortSignal): Promise<RecommendationCoverage[]> {
  const [recommendations, actions] = await Promise.all([listAllRecommendations(reviewId, signal), listAllActions({ planId }, signal)]);
  const byId = new Map<string, ActionSummaryDto>(actions.map((action) => [action.id, action]));
  return recommendations.map((recommendation) => {
    const answering = recommendation.answeringActions.flatMap((answer) => {
      const action = byId.get(answer.id);
      return action ? [{ id: action.id, referenceCode: action.referenceCode, text: action.text, effectiveRating: action.status === 'Cancelled' ? null : action.rating.effective }] : [];
    });
    const live = answering.filter((action) => action.effectiveRating != null);
    return {
      id: recommendation.id,
      number: recommendation.number,
      text: recommendation.text,
      councilResponse: recommendation.councilResponse,
      answeringActions: answering,
      rollUp: rollUp(live.map((action) => action.effectiveRating!)),
      covered: live.length > 0,
    };
  });
}

export function recommendationCoverageQueryOptions(planId: string, reviewId: string) {
  return queryOptions({
    queryKey: ['recommendations', 'coverage', planId, reviewId] as const,
    queryFn: ({ signal }) => listRecommendationCoverage(planId, reviewId, signal),
  });
}

export function useRecommendationCoverage(planId: string, reviewId: string | undefined) {
  return useQuery({ ...recommendationCoverageQueryOptions(planId, reviewId ?? ''), enabled: reviewId !== undefined });
}
