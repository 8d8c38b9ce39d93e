import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ActionDto, ActionPatch } from '@/api/delivery-tracker-client';
import { invalidatePlanStructure } from '@/features/plan-editing/api/invalidate-plan-structure';
import { api } from '@/lib/api-client';

export type UpdateActionVariables = { actionId: string; etag: string; patch: ActionPatch };

/**
 * `PATCH /api/v1/actions/{actionId}` (merge patch) with `If-Match`: only the fields sent change, so what the form does
 * not show (percent complete, source note) is never reset. 412 carries the action as it is now.
 */
export function updateAction({ actionId, etag, patch }: UpdateActionVariables): Promise<ActionDto> {
  return api.actions.patchAction(actionId, etag, patch);
}

export function useUpdateAction() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateAction, onSuccess: () => invalidatePlanStructure(queryClient) });
}
