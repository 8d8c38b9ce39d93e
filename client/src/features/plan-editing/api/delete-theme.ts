import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidatePlanStructure } from '@/features/plan-editing/api/invalidate-plan-structure';
import { api } from '@/lib/api-client';

/** `DELETE /api/v1/themes/{themeId}` with `If-Match`: 204; 409 while the theme has objectives (the API names them). */
export function deleteTheme({ themeId, etag }: { themeId: string; etag: string }): Promise<void> {
  return api.themes.deleteTheme(themeId, etag);
}

export function useDeleteTheme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTheme,
    onSuccess: async (_, { themeId }) => {
      // Gone: reading it again would only answer 404 on the page that is about to close.
      queryClient.removeQueries({ queryKey: ['themes', 'detail', themeId], exact: true });
      await invalidatePlanStructure(queryClient);
    },
  });
}
