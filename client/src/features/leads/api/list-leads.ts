import { queryOptions, useQuery } from '@tanstack/react-query';

import type { LeadDto, LeadKind } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';
import { collectPages, maxPageSize } from '@/lib/collect-pages';

/** The filters of `GET /api/v1/leads`, by name (the generated method takes them by position). */
export type LeadListFilter = {
  q?: string;
  kind?: LeadKind;
  /** Only the people (and teams …) that belong to this organisation. */
  organisationId?: string;
};

/** Every lead matching the filter, by name, with their open and overdue action counts (a council has tens to hundreds). */
export function listAllLeads(filter: LeadListFilter, signal?: AbortSignal): Promise<LeadDto[]> {
  return collectPages(
    (cursor, pageSignal) => api.leads.listLeads(filter.q || undefined, filter.kind, filter.organisationId, maxPageSize, cursor, pageSignal),
    signal,
  );
}

export const leadsQueryKey = ['leads'] as const;

export function listAllLeadsQueryOptions(filter: LeadListFilter) {
  return queryOptions({
    queryKey: [...leadsQueryKey, 'list', filter] as const,
    queryFn: ({ signal }) => listAllLeads(filter, signal),
  });
}

export function useLeads(filter: LeadListFilter, options: { enabled?: boolean } = {}) {
  return useQuery({ ...listAllLeadsQueryOptions(filter), ...options });
}

/** The organisations a lead may belong to, for the form's and the filter's choices. */
export function useOrganisations() {
  return useLeads({ kind: 'Organisation' });
}
