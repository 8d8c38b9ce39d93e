import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidatePlanStructure } from '@/features/plan-editing/api/invalidate-plan-structure';
import { api } from '@/lib/api-client';

/** `DELETE /api/v1/objectives/{objectiveId}` with `If-Match`: 204; 409 while the objective has actions (the API names them). */
export function deleteObjective({ objectiveId, etag }: { objectiveId: string; etag: string }): Promise<void> {
  return api.objectives.deleteObjective(objectiveId, etag);
}

export function useDeleteObjective() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteObjective,
    onSuccess: async (_, { objectiveId }) => {
      // Gone: reading it again would only answer 404 on the page that is about to close.
      queryClient.removeQueries({ queryKey: ['objectives', 'detail', objectiveId], exact: true });
      await invalidatePlanStructure(queryClient);
    },
  });
}
