import { queryOptions, useQuery } from '@tanstack/react-query';

import type { LeadDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';
import { collectPages, maxPageSize } from '@/lib/collect-pages';

/** Every lead (`GET /api/v1/leads`, all pages), sorted by name for the action form's lead choices. */
export async function listAllLeads(signal?: AbortSignal): Promise<LeadDto[]> {
  const leads = await collectPages((cursor, pageSignal) => api.leads.listLeads(undefined, undefined, undefined, maxPageSize, cursor, pageSignal), signal);
  return leads.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}

export function listAllLeadsQueryOptions() {
  return queryOptions({
    queryKey: ['leads', 'list', 'all'] as const,
    queryFn: ({ signal }) => listAllLeads(signal),
  });
}

export function useAllLeads() {
  return useQuery(listAllLeadsQueryOptions());
}
