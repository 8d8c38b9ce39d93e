import { queryOptions, useQuery } from '@tanstack/react-query';

import type { RecommendationDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';
import { collectPages, maxPageSize } from '@/lib/collect-pages';

/** Every recommendation of a review (`GET /api/v1/recommendations?reviewId=`), by number: what an action may cite. */
export function listReviewRecommendations(reviewId: string, signal?: AbortSignal): Promise<RecommendationDto[]> {
  return collectPages((cursor, pageSignal) => api.recommendations.listRecommendations(reviewId, undefined, undefined, undefined, undefined, maxPageSize, cursor, pageSignal), signal);
}

export function listReviewRecommendationsQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: ['recommendations', 'list', 'review', reviewId] as const,
    queryFn: ({ signal }) => listReviewRecommendations(reviewId, signal),
  });
}

/** Nothing is asked for a plan that answers no review (`reviewId` undefined): its actions cite no recommendations. */
export function useReviewRecommendations(reviewId: string | undefined) {
  return useQuery({ ...listReviewRecommendationsQueryOptions(reviewId ?? ''), enabled: reviewId !== undefined });
}
