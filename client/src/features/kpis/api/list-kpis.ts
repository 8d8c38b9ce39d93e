import { queryOptions, useQuery } from '@tanstack/react-query';

import type { KpiLifecycle, KpiRag, KpiSummaryDto, PageOfKpiSummaryDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';
import { collectPages, maxPageSize } from '@/lib/collect-pages';

/**
 * The filters of `GET /api/v1/kpis`, by name. The generated method takes them by position, which changes whenever
 * the API gains a parameter; this is the one place that knows the order.
 */
export type KpiListFilter = {
  planId?: string;
  lifecycle?: KpiLifecycle;
  ownerLeadId?: string;
  q?: string;
  rag?: KpiRag[];
  asOf?: string;
};

export function listKpisPage(filter: KpiListFilter, page: { limit?: number; cursor?: string } = {}, signal?: AbortSignal): Promise<PageOfKpiSummaryDto> {
  const f = filter;
  return api.kpis.listKpis(f.planId, f.lifecycle, f.ownerLeadId, f.q, undefined, f.rag, f.asOf, page.limit, page.cursor, signal);
}

/** Every KPI matching the filter (all pages), ordered by code. A council has tens of KPIs, so the page shows them all. */
export function listAllKpis(filter: KpiListFilter, signal?: AbortSignal): Promise<KpiSummaryDto[]> {
  return collectPages((cursor, pageSignal) => listKpisPage(filter, { limit: maxPageSize, cursor }, pageSignal), signal);
}

export const kpisQueryKey = ['kpis'] as const;

export function listAllKpisQueryOptions(filter: KpiListFilter) {
  return queryOptions({
    queryKey: [...kpisQueryKey, 'list', filter] as const,
    queryFn: ({ signal }) => listAllKpis(filter, signal),
  });
}

export function useAllKpis(filter: KpiListFilter) {
  return useQuery(listAllKpisQueryOptions(filter));
}
