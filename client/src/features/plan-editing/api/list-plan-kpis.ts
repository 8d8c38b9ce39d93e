import { queryOptions, useQuery } from '@tanstack/react-query';

import type { KpiSummaryDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';
import { collectPages, maxPageSize } from '@/lib/collect-pages';

/**
 * The KPIs an action of this plan may link to: the plan's own and the shared ones (no plan), as the API allows. The
 * list's `planId` filter leaves shared KPIs out, so every KPI is read (a council has tens) and filtered here.
 */
export async function listPlanKpis(planId: string, signal?: AbortSignal): Promise<KpiSummaryDto[]> {
  const kpis = await collectPages(
    (cursor, pageSignal) => api.kpis.listKpis(undefined, undefined, undefined, undefined, undefined, undefined, undefined, maxPageSize, cursor, pageSignal),
    signal,
  );
  return kpis.filter((kpi) => kpi.planId == null || kpi.planId === planId);
}

export function listPlanKpisQueryOptions(planId: string) {
  return queryOptions({
    queryKey: ['kpis', 'list', 'for-plan', planId] as const,
    queryFn: ({ signal }) => listPlanKpis(planId, signal),
  });
}

export function usePlanKpis(planId: string | undefined) {
  return useQuery({ ...listPlanKpisQueryOptions(planId ?? ''), enabled: planId !== undefined });
}
