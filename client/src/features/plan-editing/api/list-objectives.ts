import { queryOptions, useQueries } from '@tanstack/react-query';

import type { ObjectiveDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/**
 * `GET /api/v1/objectives?themeId=`: a theme's objectives in order, each with its `etag` (which reordering the
 * objective's actions sends in `If-Match`).
 */
export function listObjectives(themeId: string, signal?: AbortSignal): Promise<ObjectiveDto[]> {
  return api.objectives.listObjectives(themeId, signal).then((page) => page.items);
}

export function listObjectivesQueryOptions(themeId: string) {
  return queryOptions({
    queryKey: ['objectives', 'list', themeId] as const,
    queryFn: ({ signal }) => listObjectives(themeId, signal),
  });
}

/** The objectives of each of these themes, one request per theme, as a map from objective id to objective. */
export function useObjectivesOfThemes(themeIds: readonly string[], options: { enabled?: boolean } = {}) {
  return useQueries({
    queries: themeIds.map((themeId) => ({ ...listObjectivesQueryOptions(themeId), ...options })),
    combine: (results) => ({
      byId: new Map(results.flatMap((result) => result.data ?? []).map((objective) => [objective.id, objective])),
      isPending: results.some((result) => result.isPending),
      isFetching: results.some((result) => result.isFetching),
    }),
  });
}
