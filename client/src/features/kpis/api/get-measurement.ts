import { queryOptions, useQuery } from '@tanstack/react-query';

import type { KpiMeasurementDto } from '@/api/delivery-tracker-client';
import { kpisQueryKey } from '@/features/kpis/api/list-kpis';
import { api } from '@/lib/api-client';

/** `GET /api/v1/measurements/{measurementId}`: one measurement with its `etag`, for the correction form. */
export function getMeasurement(measurementId: string, signal?: AbortSignal): Promise<KpiMeasurementDto> {
  return api.measurements.getMeasurement(measurementId, signal);
}

export function getMeasurementQueryOptions(measurementId: string) {
  return queryOptions({
    queryKey: [...kpisQueryKey, 'measurement', measurementId] as const,
    queryFn: ({ signal }) => getMeasurement(measurementId, signal),
  });
}

export function useMeasurement(measurementId: string) {
  return useQuery(getMeasurementQueryOptions(measurementId));
}
