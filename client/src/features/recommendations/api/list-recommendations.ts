import { queryOptions, useQuery } from '@tanstack/react-query';

import type { RecommendationDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';
import { collectPages, maxPageSize } from '@/lib/collect-pages';

/** The filters of `GET /api/v1/recommendations`, by name (the generated method takes them by position). */
export type RecommendationListFilter = {
  reviewId?: string;
  /** The recommendations of the review this plan answers, each with only this plan's actions, rollUp and covered. */
  planId?: string;
  /** false: only those no live action answers; true: only the others. */
  covered?: boolean;
  /** The date the actions' ratings and the roll-up are worked out for; today in London when left out. */
  asOf?: string;
};

/**
 * Every recommendation matching the filter (a review has tens), by number, each with its answering actions' effective
 * ratings and the roll-up, all worked out by the API in one request per page.
 */
export function listAllRecommendations(filter: RecommendationListFilter, signal?: AbortSignal): Promise<RecommendationDto[]> {
  const f = filter;
  return collectPages(
    (cursor, pageSignal) => api.recommendations.listRecommendations(f.reviewId, undefined, f.planId, f.covered, f.asOf, maxPageSize, cursor, pageSignal),
    signal,
  );
}

export function listAllRecommendationsQueryOptions(filter: RecommendationListFilter) {
  return queryOptions({
    queryKey: ['recommendations', 'list', filter] as const,
    queryFn: ({ signal }) => listAllRecommendations(filter, signal),
  });
}

export function useRecommendations(filter: RecommendationListFilter, options: { enabled?: boolean } = {}) {
  return useQuery({ ...listAllRecommendationsQueryOptions(filter), ...options });
}
