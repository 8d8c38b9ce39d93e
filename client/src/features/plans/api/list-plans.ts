import { queryOptions, useQuery } from '@tanstack/react-query';

import type { PageOfPlanSummaryDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** `GET /api/v1/plans`: the first page of plans, without their trees. */
export function listPlans(signal?: AbortSignal): Promise<PageOfPlanSummaryDto> {
  return api.plans.listPlans(signal);
}

export function listPlansQueryOptions() {
  return queryOptions({
    queryKey: ['plans', 'list'] as const,
    queryFn: ({ signal }) => listPlans(signal),
  });
}

export function usePlans() {
  return useQuery(listPlansQueryOptions());
}
