import type { RagRating } from '@/api/delivery-tracker-client';
import { ragOrder } from '@/features/ratings/utils/rating-words';

/** The worst of the ratings (Red first, as `ragOrder`), Not rated only when nothing else is; null for none. */
export function rollUp(ratings: readonly RagRating[]): RagRating | null {
  for (const rating of ragOrder) if (ratings.includes(rating)) return rating;
  return null;
}
