import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { KpiMeasurementDto, UpdateKpiMeasurementRequest } from '@/api/delivery-tracker-client';
import { kpisQueryKey } from '@/features/kpis/api/list-kpis';
import { api } from '@/lib/api-client';

/**
 * `PUT /api/v1/measurements/{measurementId}` with `If-Match`: replaces every value of the measurement. 400 naming the
 * field; 412 when someone corrected it first (the problem carries `current` and `currentETag`); 409 when the new
 * period is another measurement's.
 */
export function updateMeasurement(measurementId: string, etag: string, request: UpdateKpiMeasurementRequest): Promise<KpiMeasurementDto> {
  return api.measurements.updateMeasurement(measurementId, etag, request);
}

export type UpdateMeasurementVariables = { etag: string; request: UpdateKpiMeasurementRequest };

/** Corrects a measurement, then refreshes every KPI query (the rating may change with the value). */
export function useUpdateMeasurement(measurementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, request }: UpdateMeasurementVariables) => updateMeasurement(measurementId, etag, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kpisQueryKey }),
  });
}
