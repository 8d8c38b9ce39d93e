import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ActionDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** Everything cached about actions starts with this key, so one invalidation after a write refreshes it all. */
export const actionsQueryKey = ['actions'] as const;

/**
 * `GET /api/v1/actions/{actionId}?asOf=`: an action with its links and its ratings as at `asOf` (today in London when
 * left out). Rejects with a 404 `ApiProblemError` for an unknown id.
 */
export function getAction(actionId: string, asOf?: string, signal?: AbortSignal): Promise<ActionDto> {
  return api.actions.getAction(actionId, asOf || undefined, signal);
}

export function getActionQueryOptions(actionId: string, asOf?: string) {
  return queryOptions({
    queryKey: [...actionsQueryKey, 'detail', actionId, asOf ?? ''] as const,
    queryFn: ({ signal }) => getAction(actionId, asOf, signal),
  });
}

export function useAction(actionId: string, asOf?: string) {
  return useQuery(getActionQueryOptions(actionId, asOf));
}
