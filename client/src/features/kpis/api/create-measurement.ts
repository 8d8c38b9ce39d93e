import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CreateKpiMeasurementRequest, KpiMeasurementDto } from '@/api/delivery-tracker-client';
import { kpisQueryKey } from '@/features/kpis/api/list-kpis';
import { api } from '@/lib/api-client';

/**
 * `POST /api/v1/kpis/{kpiId}/measurements`: 201 with the measurement. 400 naming `periodLabel`, `periodStart`,
 * `periodEnd`, `value`, `source` or `note`; 409 when the KPI already has a value for that period (correct it instead).
 */
export function createMeasurement(kpiId: string, request: CreateKpiMeasurementRequest): Promise<KpiMeasurementDto> {
  return api.measurements.createMeasurement(kpiId, request);
}

/** Records a measurement, then refreshes every KPI query: the KPI's latest value and rating change with it. */
export function useCreateMeasurement(kpiId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateKpiMeasurementRequest) => createMeasurement(kpiId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: kpisQueryKey }),
  });
}
