import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidatePlanStructure } from '@/features/plan-editing/api/invalidate-plan-structure';
import { api } from '@/lib/api-client';

/**
 * `DELETE /api/v1/actions/{actionId}` with `If-Match`: 204; 409 once the action has progress updates (history stays:
 * cancel it instead).
 */
export function deleteAction({ actionId, etag }: { actionId: string; etag: string }): Promise<void> {
  return api.actions.deleteAction(actionId, etag);
}

export function useDeleteAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAction,
    onSuccess: async (_, { actionId }) => {
      // Gone: reading it again would only answer 404 on the page that is about to close.
      queryClient.removeQueries({ queryKey: ['actions', 'edit', actionId], exact: true });
      await invalidatePlanStructure(queryClient);
    },
  });
}
