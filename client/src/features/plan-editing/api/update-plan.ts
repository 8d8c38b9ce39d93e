import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { PlanDto, PlanPatch } from '@/api/delivery-tracker-client';
import { invalidatePlanStructure } from '@/features/plan-editing/api/invalidate-plan-structure';
import { api } from '@/lib/api-client';

export type UpdatePlanVariables = { planId: string; etag: string; patch: PlanPatch };

/**
 * `PATCH /api/v1/plans/{planId}` (merge patch) with `If-Match`: the fields sent change, the rest stay. `settings` is
 * sent whole (every value is on the settings page) and `boardMeetings` replaces the calendar. 400 names the field as
 * sent (`settings.boardMeetings[1]`); 412 carries the plan as it is now.
 */
export function updatePlan({ planId, etag, patch }: UpdatePlanVariables): Promise<PlanDto> {
  return api.plans.patchPlan(planId, etag, patch);
}

export function useUpdatePlan() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updatePlan, onSuccess: () => invalidatePlanStructure(queryClient) });
}
