import { queryOptions, useQuery } from '@tanstack/react-query';

import type { KpiMeasurementDto } from '@/api/delivery-tracker-client';
import { kpisQueryKey } from '@/features/kpis/api/list-kpis';
import { api } from '@/lib/api-client';
import { collectPages, maxPageSize } from '@/lib/collect-pages';

/** `GET /api/v1/kpis/{kpiId}/measurements`: every measurement of the KPI, oldest period first (the API's order). */
export function listAllMeasurements(kpiId: string, signal?: AbortSignal): Promise<KpiMeasurementDto[]> {
  return collectPages(
    (cursor, pageSignal) => api.measurements.listMeasurements(kpiId, undefined, undefined, undefined, maxPageSize, cursor, pageSignal),
    signal,
  );
}

export function listAllMeasurementsQueryOptions(kpiId: string) {
  return queryOptions({
    queryKey: [...kpisQueryKey, 'measurements', kpiId] as const,
    queryFn: ({ signal }) => listAllMeasurements(kpiId, signal),
  });
}

export function useAllMeasurements(kpiId: string) {
  return useQuery(listAllMeasurementsQueryOptions(kpiId));
}
