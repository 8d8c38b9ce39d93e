import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CreateThemeRequest, ThemeDto } from '@/api/delivery-tracker-client';
import { invalidatePlanStructure } from '@/features/plan-editing/api/invalidate-plan-structure';
import { api } from '@/lib/api-client';

/** `POST /api/v1/plans/{planId}/themes`: 201 with the theme, added last. 400 naming `code` or `title`; 409 when the plan has the code. */
export function createTheme(planId: string, request: CreateThemeRequest): Promise<ThemeDto> {
  return api.themes.createTheme(planId, request);
}

export function useCreateTheme(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateThemeRequest) => createTheme(planId, request),
    onSuccess: () => invalidatePlanStructure(queryClient),
  });
}
