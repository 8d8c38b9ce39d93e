import { queryOptions, useQuery } from '@tanstack/react-query';

import type { PlanDashboardDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/**
 * `GET /api/v1/plans/{planId}/dashboard?asOf=`: every figure of the plan's dashboard as at one date (today in London
 * when `asOf` is left out), in one request. 404 for an unknown plan.
 */
export function getPlanDashboard(planId: string, asOf: string | undefined, signal?: AbortSignal): Promise<PlanDashboardDto> {
  return api.plans.getPlanDashboard(planId, asOf, signal);
}

export function getPlanDashboardQueryOptions(planId: string, asOf: string | undefined) {
  return queryOptions({
    queryKey: ['plans', 'dashboard', planId, asOf ?? 'today'] as const,
    queryFn: ({ signal }) => getPlanDashboard(planId, asOf, signal),
  });
}

export function usePlanDashboard(planId: string, asOf: string | undefined) {
  return useQuery(getPlanDashboardQueryOptions(planId, asOf));
}
