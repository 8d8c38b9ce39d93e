import { queryOptions, useQuery } from '@tanstack/react-query';

import type { KpiDto } from '@/api/delivery-tracker-client';
import { kpisQueryKey } from '@/features/kpis/api/list-kpis';
import { api } from '@/lib/api-client';

/** `GET /api/v1/kpis/{kpiId}`: the KPI with its owner, linked actions and rating today. 404 for an unknown id. */
export function getKpi(kpiId: string, signal?: AbortSignal): Promise<KpiDto> {
  return api.kpis.getKpi(kpiId, undefined, signal);
}

export function getKpiQueryOptions(kpiId: string) {
  return queryOptions({
    queryKey: [...kpisQueryKey, 'detail', kpiId] as const,
    queryFn: ({ signal }) => getKpi(kpiId, signal),
  });
}

export function useKpi(kpiId: string) {
  return useQuery(getKpiQueryOptions(kpiId));
}
