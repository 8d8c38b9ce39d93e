import { queryOptions, useQuery } from '@tanstack/react-query';

import type { PageOfPlanSummaryDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** The most plans one page may hold: a council has a handful, so the list page shows the first 200. */
const PLANS_PAGE_SIZE = 200;

/** `GET /api/v1/plans`: the first page of plans (newest period first), without their trees. */
export function listPlans(signal?: AbortSignal): Promise<PageOfPlanSummaryDto> {
  return api.plans.listPlans(PLANS_PAGE_SIZE, undefined, signal);
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
