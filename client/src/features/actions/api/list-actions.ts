import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ActionSort, ActionStatus, ActionSummaryDto, PageOfActionSummaryDto, RagRating } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';
import { collectPages, maxPageSize } from '@/lib/collect-pages';

/**
 * The filters of `GET /api/v1/actions`, by name. The generated method takes them by position, which changes whenever
 * the API gains a parameter; this is the one place that knows the order.
 */
export type ActionListFilter = {
  planId?: string;
  themeId?: string;
  objectiveId?: string;
  leadId?: string;
  status?: ActionStatus[];
  rag?: RagRating[];
  overdue?: boolean;
  dueSoon?: boolean;
  stale?: boolean;
  blocked?: boolean;
  dueBefore?: string;
  dueAfter?: string;
  recommendation?: number;
  kpiId?: string;
  q?: string;
  asOf?: string;
  sort?: ActionSort;
};

export function listActionsPage(
  filter: ActionListFilter,
  page: { limit?: number; cursor?: string } = {},
  signal?: AbortSignal,
): Promise<PageOfActionSummaryDto> {
  const f = filter;
  return api.actions.listActions(
    f.planId,
    f.themeId,
    f.objectiveId,
    f.leadId,
    f.status,
    f.rag,
    f.overdue,
    f.dueSoon,
    f.stale,
    f.blocked,
    f.dueBefore,
    f.dueAfter,
    f.recommendation,
    f.kpiId,
    f.q,
    undefined,
    f.asOf,
    f.sort,
    page.limit,
    page.cursor,
    signal,
  );
}

/** Every action matching the filter (all pages), in the order asked for. */
export function listAllActions(filter: ActionListFilter, signal?: AbortSignal): Promise<ActionSummaryDto[]> {
  return collectPages((cursor, pageSignal) => listActionsPage(filter, { limit: maxPageSize, cursor }, pageSignal), signal);
}

export function listAllActionsQueryOptions(filter: ActionListFilter) {
  return queryOptions({
    queryKey: ['actions', 'list', filter] as const,
    queryFn: ({ signal }) => listAllActions(filter, signal),
  });
}

export function useAllActions(filter: ActionListFilter, options: { enabled?: boolean } = {}) {
  return useQuery({ ...listAllActionsQueryOptions(filter), ...options });
}
