import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ThemeDto, ThemePatch } from '@/api/delivery-tracker-client';
import { invalidatePlanStructure } from '@/features/plan-editing/api/invalidate-plan-structure';
import { api } from '@/lib/api-client';

export type UpdateThemeVariables = { themeId: string; etag: string; patch: ThemePatch };

/** `PATCH /api/v1/themes/{themeId}` (merge patch) with `If-Match`: 412 with the theme as it is now when it changed since read. */
export function updateTheme({ themeId, etag, patch }: UpdateThemeVariables): Promise<ThemeDto> {
  return api.themes.patchTheme(themeId, etag, patch);
}

export function useUpdateTheme() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateTheme, onSuccess: () => invalidatePlanStructure(queryClient) });
}
