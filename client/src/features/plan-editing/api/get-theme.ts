import { queryOptions, useQuery } from '@tanstack/react-query';

import type { ThemeDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** `GET /api/v1/themes/{themeId}`: a theme with its `etag`; 404 for an unknown id. */
export function getTheme(themeId: string, signal?: AbortSignal): Promise<ThemeDto> {
  return api.themes.getTheme(themeId, signal);
}

export function getThemeQueryOptions(themeId: string) {
  return queryOptions({
    queryKey: ['themes', 'detail', themeId] as const,
    queryFn: ({ signal }) => getTheme(themeId, signal),
  });
}

export function useTheme(themeId: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...getThemeQueryOptions(themeId), ...options });
}
