import type { ActionSummaryDto } from '@/api/delivery-tracker-client';
import { ragOrder } from '@/features/ratings/utils/rating-words';

/** Position of the effective rating in the severity order (Red first); a cancelled action's missing rating last. */
function severity(action: ActionSummaryDto): number {
  const rating = action.rating.effective;
  return rating ? ragOrder.indexOf(rating) : ragOrder.length;
}

/** The rating's due date as a sortable string; actions with none after every dated one. */
function dueKey(action: ActionSummaryDto): string {
  return action.rating.dueDate ?? '9999-12-31';
}

/** Earliest due date first (the longest overdue first among overdue actions); ties keep the list's own order. */
export function byDueDate(a: ActionSummaryDto, b: ActionSummaryDto): number {
  return dueKey(a).localeCompare(dueKey(b));
}

/**
 * Most urgent first: the most severe effective rating (Red, Amber/Red, Amber …), then the earliest due date. Used only
 * until the API's `sort=Urgency` is available; it orders what the API rated, it decides no rating itself.
 */
export function byUrgency(a: ActionSummaryDto, b: ActionSummaryDto): number {
  return severity(a) - severity(b) || byDueDate(a, b);
}
