import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ActionDto, CorrectTimescaleRequest } from '@/api/delivery-tracker-client';
import { actionsQueryKey } from '@/features/actions/api/get-action';
import { api } from '@/lib/api-client';

export type CorrectTimescaleVariables = {
  actionId: string;
  /** The action's `etag` as the user saw it (or the `currentETag` of a conflict, to save over the other change). */
  etag: string;
  request: CorrectTimescaleRequest;
};

/**
 * `PUT /api/v1/actions/{actionId}/timescale` with `If-Match`: 200 with the action, re-rated. 400 naming `kind`,
 * `startDate` or `dueDate`; 412 with the action as it is now.
 */
export function correctTimescale({ actionId, etag, request }: CorrectTimescaleVariables): Promise<ActionDto> {
  return api.actions.correctActionTimescale(actionId, etag, request);
}

/** Corrects the dates, then refreshes everything shown about actions (new dates mean new ratings) and plans. */
export function useCorrectTimescale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: correctTimescale,
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: actionsQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['plans'] }),
      ]);
    },
  });
}
