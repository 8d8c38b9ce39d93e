import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CreateProgressUpdateRequest, ProgressUpdateDto } from '@/api/delivery-tracker-client';
import { actionsQueryKey } from '@/features/actions/api/get-action';
import { api } from '@/lib/api-client';

export type CreateProgressUpdateVariables = {
  actionId: string;
  /** The action's `etag` as the user saw it (or the `currentETag` of a conflict, to save over the other change). */
  etag: string;
  request: CreateProgressUpdateRequest;
};

/**
 * `POST /api/v1/actions/{actionId}/progress-updates` with `If-Match`: 201 with the update. 400 naming `status`,
 * `percentComplete`, `reportedRag`, `justification` (a reported rating that differs from the derived one) or
 * `evidenceLinks`; 403 for a lead who does not lead the action; 412 with the action as it is now.
 */
export function createProgressUpdate({ actionId, etag, request }: CreateProgressUpdateVariables): Promise<ProgressUpdateDto> {
  return api.progressUpdates.createProgressUpdate(actionId, etag, request);
}

/** Posts an update, then refreshes everything shown about actions (the update moves status, percent and ratings) and plans. */
export function useCreateProgressUpdate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProgressUpdate,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: actionsQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['plans'] }),
      ]);
    },
  });
}
