import { queryOptions, useQuery } from '@tanstack/react-query';

import type { HistoryEntryDto } from '@/api/delivery-tracker-client';
import { actionsQueryKey } from '@/features/actions/api/get-action';
import { api } from '@/lib/api-client';

/** `GET /api/v1/actions/{actionId}/history`: the action's recorded changes, newest first (the API sends one page). */
export async function getActionHistory(actionId: string, signal?: AbortSignal): Promise<HistoryEntryDto[]> {
  const page = await api.actions.getActionHistory(actionId, signal);
  return page.items;
}

export function getActionHistoryQueryOptions(actionId: string) {
  return queryOptions({
    queryKey: [...actionsQueryKey, 'history', actionId] as const,
    queryFn: ({ signal }) => getActionHistory(actionId, signal),
  });
}

export function useActionHistory(actionId: string) {
  return useQuery(getActionHistoryQueryOptions(actionId));
}
