import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ProgressUpdateDto } from '@/api/delivery-tracker-client';
import { actionsQueryKey } from '@/features/actions/api/get-action';
import { api } from '@/lib/api-client';
import { collectPages, maxPageSize } from '@/lib/collect-pages';

/** `GET /api/v1/actions/{actionId}/progress-updates`: the whole progress timeline, newest first. */
export function listProgressUpdates(actionId: string, signal?: AbortSignal): Promise<ProgressUpdateDto[]> {
  return collectPages(
    (cursor, pageSignal) => api.progressUpdates.listProgressUpdates(actionId, maxPageSize, cursor, pageSignal),
    signal,
  );
}

export function listProgressUpdatesQueryOptions(actionId: string) {
  return queryOptions({
    queryKey: [...actionsQueryKey, 'progress-updates', actionId] as const,
    queryFn: ({ signal }) => listProgressUpdates(actionId, signal),
  });
}

export function useProgressUpdates(actionId: string) {
  return useQuery(listProgressUpdatesQueryOptions(actionId));
}
