import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CreateProgressUpdateRequest, ProgressUpdateDto } from '@/api/delivery-tracker-client';
import { updateLinkQueryKey } from '@/features/update-links/api/get-update-link';
import { api } from '@/lib/api-client';

export type PostLinkUpdateVariables = {
  actionId: string;
  /** The action's `etag` from the link's page (or the `currentETag` of a conflict). */
  etag: string;
  request: CreateProgressUpdateRequest;
};

/**
 * `POST /api/v1/update-link/actions/{actionId}/progress-updates` with the tab's link token and `If-Match`: the same
 * rules as posting signed in (400 naming the field, 412 with the action as the link shows it); 404 for an action the
 * link does not cover; 401 once the link has expired or been revoked.
 */
export function postLinkUpdate({ actionId, etag, request }: PostLinkUpdateVariables): Promise<ProgressUpdateDto> {
  return api.updateLinks.postUpdateLinkProgressUpdate(actionId, etag, request);
}

/** Posts an update, then re-reads the link's page (the action's status, last update and version moved). */
export function usePostLinkUpdate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postLinkUpdate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: updateLinkQueryKey }),
  });
}
