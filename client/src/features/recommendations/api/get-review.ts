import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ReviewDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** `GET /api/v1/reviews/{reviewId}`: the review's title, publication date and number of recommendations. */
export function getReview(reviewId: string, signal?: AbortSignal): Promise<ReviewDto> {
  return api.reviews.getReview(reviewId, signal);
}

export function getReviewQueryOptions(reviewId: string) {
  return queryOptions({
    queryKey: ['reviews', 'detail', reviewId] as const,
    queryFn: ({ signal }) => getReview(reviewId, signal),
  });
}

export function useReview(reviewId: string | null | undefined) {
  return useQuery({ ...getReviewQueryOptions(reviewId ?? ''), enabled: reviewId != null });
}
