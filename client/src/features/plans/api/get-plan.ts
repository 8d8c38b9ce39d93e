import { queryOptions, useQuery } from '@tanstack/react-query';

import type { PlanDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** `GET /api/v1/plans/{planId}`: a plan with its whole tree. Rejects with a 404 `ApiProblemError` for an unknown id. */
export function getPlan(planId: string, signal?: AbortSignal): Promise<PlanDto> {
  return api.plans.getPlan(planId, signal);
}

export function getPlanQueryOptions(planId: string) {
  return queryOptions({
    queryKey: ['plans', 'detail', planId] as const,
    queryFn: ({ signal }) => getPlan(planId, signal),
  });
}

export function usePlan(planId: string) {
  return useQuery(getPlanQueryOptions(planId));
}
