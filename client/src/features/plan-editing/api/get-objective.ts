import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ObjectiveDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** `GET /api/v1/objectives/{objectiveId}`: an objective with its `etag`; 404 for an unknown id. */
export function getObjective(objectiveId: string, signal?: AbortSignal): Promise<ObjectiveDto> {
  return api.objectives.getObjective(objectiveId, signal);
}

export function getObjectiveQueryOptions(objectiveId: string) {
  return queryOptions({
    queryKey: ['objectives', 'detail', objectiveId] as const,
    queryFn: ({ signal }) => getObjective(objectiveId, signal),
  });
}

export function useObjective(objectiveId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getObjectiveQueryOptions(objectiveId), ...options });
}
