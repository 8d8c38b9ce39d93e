import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { LeadDto } from '@/api/delivery-tracker-client';
import { leadsQueryKey } from '@/features/leads/api/list-leads';
import { api } from '@/lib/api-client';

/**
 * `DELETE /api/v1/leads/{leadId}` with `If-Match`: 204. The API refuses (409, naming them) while the lead leads an
 * action, owns a KPI or has members; 412 when it changed since it was read.
 */
export function deleteLead(lead: Pick<LeadDto, 'id' | 'etag'>): Promise<void> {
  return api.leads.deleteLead(lead.id, lead.etag);
}

export function useDeleteLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteLead,
    // The deleted lead's own query is dropped, not refetched: it would only answer 404 now.
    onSuccess: (_, lead) => {
      queryClient.removeQueries({ queryKey: [...leadsQueryKey, 'detail', lead.id] });
      return queryClient.invalidateQueries({ queryKey: leadsQueryKey });
    },
  });
}
