import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CreateLeadRequest, LeadDto } from '@/api/delivery-tracker-client';
import { leadsQueryKey } from '@/features/leads/api/list-leads';
import { api } from '@/lib/api-client';

/**
 * `POST /api/v1/leads`: 201 with the lead. 400 naming `name`, `kind`, `organisationId` or `email`; 409 when another
 * lead has the name (ignoring case).
 */
export function createLead(request: CreateLeadRequest): Promise<LeadDto> {
  return api.leads.createLead(request);
}

export function useCreateLead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leadsQueryKey }),
  });
}
