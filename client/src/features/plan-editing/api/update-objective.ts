import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ObjectiveDto, ObjectivePatch } from '@/api/delivery-tracker-client';
import { invalidatePlanStructure } from '@/features/plan-editing/api/invalidate-plan-structure';
import { api } from '@/lib/api-client';

export type UpdateObjectiveVariables = { objectiveId: string; etag: string; patch: ObjectivePatch };

/** `PATCH /api/v1/objectives/{objectiveId}` (merge patch) with `If-Match`: 412 with the objective as it is now when it changed since read. */
export function updateObjective({ objectiveId, etag, patch }: UpdateObjectiveVariables): Promise<ObjectiveDto> {
  return api.objectives.patchObjective(objectiveId, etag, patch);
}

export function useUpdateObjective() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateObjective, onSuccess: () => invalidatePlanStructure(queryClient) });
}
