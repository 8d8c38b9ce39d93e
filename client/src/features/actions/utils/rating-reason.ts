import type { ActionRatingDto } from '@/api/delivery-tracker-client';
import { ragLabels } from '@/features/ratings/utils/rating-words';
import { formatIsoDate } from '@/lib/format-date';

/**
 * Why an action has its effective rating, in the board's words: the derived rating's reason ("overdue since
 * 30 Sep 2019"), or, when the lead's reported rating is in force, who said so and when, with their justification
 * where it differs from the schedule ("Reported Amber on 3 March 2020: funding not confirmed").
 */
export function effectiveReasonText(rating: ActionRatingDto): string {
  if (rating.effectiveSource === 'Derived' || !rating.reported) return rating.derivedReasonText;
  const when = rating.reportedAt ? ` on ${formatIsoDate(rating.reportedAt)}` : '';
  const why = rating.reportedJustification ? `: ${rating.reportedJustification}` : '';
  return `Reported ${ragLabels[rating.reported]} by the lead${when}${why}`;
}
