import type { ActionStatus, RagRating, RagScale } from '@/api/delivery-tracker-client';
import { queryString } from '@/config/paths';
import type { ActionListFilter } from '@/features/actions/api/list-actions';
import { ragOrder } from '@/features/ratings/utils/rating-words';
import { dateParts, toIsoDate } from '@/lib/date-parts';

/**
 * The plan tree's filters as they stand in the URL (`/plans/:planId?theme=…&status=InProgress&status=Blocked…`), so a
 * filtered view can be bookmarked and shared. The names are the page's own short ones; {@link toActionListFilter}
 * turns them into the API's. Text fields hold what was typed; only valid values reach the API.
 */
export type PlanTreeFilter = {
  /** A theme id, or '' for every theme. */
  theme: string;
  /** A lead id, or '' for every lead. */
  lead: string;
  status: ActionStatus[];
  rag: RagRating[];
  overdue: boolean;
  dueSoon: boolean;
  stale: boolean;
  blocked: boolean;
  /** A recommendation number as typed. */
  recommendation: string;
  /** Free text the API searches reference and text with. */
  q: string;
  /** The ISO date the ratings are worked out for ("2020-03-31"); '' for today. */
  asOf: string;
};

export const emptyPlanTreeFilter: PlanTreeFilter = {
  theme: '',
  lead: '',
  status: [],
  rag: [],
  overdue: false,
  dueSoon: false,
  stale: false,
  blocked: false,
  recommendation: '',
  q: '',
  asOf: '',
};

export const actionStatuses: readonly ActionStatus[] = ['NotStarted', 'InProgress', 'Blocked', 'OnHold', 'Completed', 'Cancelled'];

/** The ratings a plan's actions can have on its scale, most severe first: the 3-point scale has no Amber/Green or Amber/Red. */
export function ratingsOnScale(scale: RagScale): RagRating[] {
  return scale === 'FivePoint' ? [...ragOrder] : ragOrder.filter((rating) => rating !== 'AmberGreen' && rating !== 'AmberRed');
}

/** The yes/no filters, in the form's order, with their URL names. */
export const flagFilters = ['overdue', 'dueSoon', 'stale', 'blocked'] as const;
export type FlagFilter = (typeof flagFilters)[number];

/** Known values of a repeated parameter, matched ignoring case (as the API does) and in the list's own order. */
function knownValues<T extends string>(values: readonly string[], known: readonly T[]): T[] {
  const wanted = new Set(values.map((value) => value.toLowerCase()));
  return known.filter((value) => wanted.has(value.toLowerCase()));
}

/** The filters in a URL's query string. Unknown statuses and ratings are dropped; text is kept as given, to be checked. */
export function readPlanTreeFilter(search: URLSearchParams): PlanTreeFilter {
  const text = (name: string) => search.get(name)?.trim() ?? '';
  const flag = (name: string) => search.get(name)?.toLowerCase() === 'true';
  return {
    theme: text('theme'),
    lead: text('lead'),
    status: knownValues(search.getAll('status'), actionStatuses),
    rag: knownValues(search.getAll('rag'), ragOrder),
    overdue: flag('overdue'),
    dueSoon: flag('dueSoon'),
    stale: flag('stale'),
    blocked: flag('blocked'),
    recommendation: text('recommendation'),
    q: text('q'),
    asOf: text('asOf'),
  };
}

/** The query string for the filters ('' when none is set); yes/no filters appear only when set. */
export function planTreeQueryString(filter: PlanTreeFilter): string {
  return queryString({
    theme: filter.theme,
    lead: filter.lead,
    status: filter.status,
    rag: filter.rag,
    overdue: filter.overdue || undefined,
    dueSoon: filter.dueSoon || undefined,
    stale: filter.stale || undefined,
    blocked: filter.blocked || undefined,
    recommendation: filter.recommendation.trim(),
    q: filter.q.trim(),
    asOf: filter.asOf,
  });
}

/** A recommendation number as typed, or undefined when it is not a whole number from 1 (checked by {@link filterMistakes}). */
export function recommendationNumber(typed: string): number | undefined {
  return /^\d{1,4}$/.test(typed.trim()) && Number(typed) > 0 ? Number(typed) : undefined;
}

/** True when any filter narrows the actions shown (the "as at" date changes ratings, not which actions are shown). */
export function isNarrowing(filter: PlanTreeFilter): boolean {
  return planTreeQueryString({ ...filter, asOf: '' }) !== '';
}

/** The actions list request for the plan's tree: the filters computed by the API, in plan order. */
export function toActionListFilter(planId: string, filter: PlanTreeFilter): ActionListFilter {
  return {
    planId,
    themeId: filter.theme || undefined,
    leadId: filter.lead || undefined,
    status: filter.status.length > 0 ? filter.status : undefined,
    rag: filter.rag.length > 0 ? filter.rag : undefined,
    overdue: filter.overdue || undefined,
    dueSoon: filter.dueSoon || undefined,
    stale: filter.stale || undefined,
    blocked: filter.blocked || undefined,
    recommendation: recommendationNumber(filter.recommendation),
    q: filter.q.trim() || undefined,
    asOf: filter.asOf || undefined,
  };
}

/** The messages for filter values the API would refuse, by the API's parameter name; empty when all are usable. */
export function filterMistakes(filter: PlanTreeFilter): Record<string, string[]> {
  const mistakes: Record<string, string[]> = {};
  if (filter.recommendation.trim() !== '' && recommendationNumber(filter.recommendation) === undefined) {
    mistakes.recommendation = ['Recommendation number must be a whole number, like 7'];
  }
  if (filter.asOf !== '' && toIsoDate(dateParts(filter.asOf)) !== filter.asOf) {
    mistakes.asOf = ['Ratings as at must be a real date, like 31 3 2020'];
  }
  return mistakes;
}
