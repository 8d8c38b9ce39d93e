import type { KpiLifecycle, KpiRag } from '@/api/delivery-tracker-client';
import { queryString } from '@/config/paths';
import type { KpiListFilter } from '@/features/kpis/api/list-kpis';
import { kpiLifecycles } from '@/features/kpis/utils/kpi-words';
import { kpiRagLabels } from '@/features/ratings/utils/rating-words';

const kpiRags = Object.keys(kpiRagLabels) as KpiRag[];

/**
 * The KPIs list's filters as the URL holds them (`?planId=…&rag=Red&rag=Amber&lifecycle=Reporting&q=knife`), the same
 * names the API takes, so a filtered list can be bookmarked and shared. Values the API would refuse (a rating that does
 * not exist, typed into the address bar) are left out rather than turned into an error page.
 */
export function kpiListFilterFromSearch(search: URLSearchParams): KpiListFilter {
  const lifecycle = search.get('lifecycle');
  const rag = search.getAll('rag').filter((value): value is KpiRag => (kpiRags as string[]).includes(value));
  return {
    planId: search.get('planId')?.trim() || undefined,
    lifecycle: (kpiLifecycles as string[]).includes(lifecycle ?? '') ? (lifecycle as KpiLifecycle) : undefined,
    rag: rag.length > 0 ? rag : undefined,
    q: search.get('q')?.trim() || undefined,
  };
}

/** The query string for a filter ('' for none), in a fixed order so the same filter always has the same URL. */
export function kpiListFilterToQuery(filter: KpiListFilter): string {
  return queryString({ planId: filter.planId, rag: filter.rag, lifecycle: filter.lifecycle, q: filter.q?.trim() });
}

export function isKpiFilterActive(filter: KpiListFilter): boolean {
  return Boolean(filter.planId || filter.lifecycle || filter.rag?.length || filter.q);
}
