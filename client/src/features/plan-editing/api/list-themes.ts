import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ThemeDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/**
 * `GET /api/v1/themes?planId=`: a plan's themes in order, each with its `etag`. The plan tree has no versions for its
 * nodes, and reordering a theme's objectives needs the theme's ETag, so the structure page reads these beside the tree.
 */
export function listThemes(planId: string, signal?: AbortSignal): Promise<ThemeDto[]> {
  return api.themes.listThemes(planId, signal).then((page) => page.items);
}

export function listThemesQueryOptions(planId: string) {
  return queryOptions({
    queryKey: ['themes', 'list', planId] as const,
    queryFn: ({ signal }) => listThemes(planId, signal),
  });
}

export function useThemes(planId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...listThemesQueryOptions(planId), ...options });
}
