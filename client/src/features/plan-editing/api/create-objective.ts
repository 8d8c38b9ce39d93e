import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CreateObjectiveRequest, ObjectiveDto } from '@/api/delivery-tracker-client';
import { invalidatePlanStructure } from '@/features/plan-editing/api/invalidate-plan-structure';
import { api } from '@/lib/api-client';

/** `POST /api/v1/themes/{themeId}/objectives`: 201 with the objective, added last; 400 naming `title`. */
export function createObjective(themeId: string, request: CreateObjectiveRequest): Promise<ObjectiveDto> {
  return api.objectives.createObjective(themeId, request);
}

export function useCreateObjective(themeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateObjectiveRequest) => createObjective(themeId, request),
    onSuccess: () => invalidatePlanStructure(queryClient),
  });
}
