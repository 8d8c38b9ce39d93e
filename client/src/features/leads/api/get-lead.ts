import { queryOptions, useQuery } from '@tanstack/react-query';

import type { LeadDto } from '@/api/delivery-tracker-client';
import { leadsQueryKey } from '@/features/leads/api/list-leads';
import { api } from '@/lib/api-client';

/** `GET /api/v1/leads/{leadId}`: one lead with its counts and `etag`; a 404 `ApiProblemError` for an unknown id. */
export function getLead(leadId: string, signal?: AbortSignal): Promise<LeadDto> {
  return api.leads.getLead(leadId, signal);
}

export function getLeadQueryOptions(leadId: string) {
  return queryOptions({
    queryKey: [...leadsQueryKey, 'detail', leadId] as const,
    queryFn: ({ signal }) => getLead(leadId, signal),
  });
}

export function useLead(leadId: string) {
  return useQuery(getLeadQueryOptions(leadId));
}
