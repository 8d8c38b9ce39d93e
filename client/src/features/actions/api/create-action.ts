import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ActionDto, CreateActionRequest } from '@/api/delivery-tracker-client';
import { invalidatePlanStructure } from '@/features/plan-editing/api/invalidate-plan-structure';
import { api } from '@/lib/api-client';

/**
 * `POST /api/v1/objectives/{objectiveId}/actions`: 201 with the action, added last. Without a `referenceCode` the API
 * allocates the next one (SYV-2.3). 400 names the field (`leads[0].leadId`); 409 when the plan has the reference.
 */
export function createAction(objectiveId: string, request: CreateActionRequest): Promise<ActionDto> {
  return api.actions.createAction(objectiveId, request);
}

export function useCreateAction(objectiveId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateActionRequest) => createAction(objectiveId, request),
    onSuccess: () => invalidatePlanStructure(queryClient),
  });
}
