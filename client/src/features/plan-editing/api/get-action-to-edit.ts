import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ActionDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/**
 * `GET /api/v1/actions/{actionId}` as the edit form and the delete step read it: today's ratings (no `asOf`), with
 * the `etag` a write sends back. Its own key, so the action page's "as at" reads never stand in for the version edited.
 */
export function getActionToEdit(actionId: string, signal?: AbortSignal): Promise<ActionDto> {
  return api.actions.getAction(actionId, undefined, signal);
}

export function getActionToEditQueryOptions(actionId: string) {
  return queryOptions({
    queryKey: ['actions', 'edit', actionId] as const,
    queryFn: ({ signal }) => getActionToEdit(actionId, signal),
  });
}

export function useActionToEdit(actionId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getActionToEditQueryOptions(actionId), ...options });
}
