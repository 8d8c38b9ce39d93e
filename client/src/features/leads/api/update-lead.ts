import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { LeadDto, UpdateLeadRequest } from '@/api/delivery-tracker-client';
import { leadsQueryKey } from '@/features/leads/api/list-leads';
import { api } from '@/lib/api-client';

export type UpdateLeadVariables = { leadId: string; etag: string; request: UpdateLeadRequest };

/**
 * `PUT /api/v1/leads/{leadId}` with `If-Match`: every writable field. 412 with the current lead when someone else
 * changed it first; 409 when the name is taken or an organisation with members would stop being one.
 */
export function updateLead({ leadId, etag, request }: UpdateLeadVariables): Promise<LeadDto> {
  return api.leads.updateLead(leadId, etag, request);
}

export function useUpdateLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leadsQueryKey }),
  });
}
