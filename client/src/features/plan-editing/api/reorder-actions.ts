import type { ActionDto } from '@/api/delivery-tracker-client';
import type { ReorderVariables } from '@/features/plan-editing/api/reorder-themes';
import { api } from '@/lib/api-client';

/** `PUT /api/v1/objectives/{objectiveId}/actions/order` with the objective's ETag in `If-Match` and every action id once. */
export function reorderActions({ parentId, etag, ids }: ReorderVariables): Promise<ActionDto[]> {
  return api.actions.reorderActions(parentId, etag, { ids }).then((page) => page.items);
}
