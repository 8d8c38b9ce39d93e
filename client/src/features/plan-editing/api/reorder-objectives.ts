import type { ObjectiveDto } from '@/api/delivery-tracker-client';
import type { ReorderVariables } from '@/features/plan-editing/api/reorder-themes';
import { api } from '@/lib/api-client';

/** `PUT /api/v1/themes/{themeId}/objectives/order` with the theme's ETag in `If-Match` and every objective id once. */
export function reorderObjectives({ parentId, etag, ids }: ReorderVariables): Promise<ObjectiveDto[]> {
  return api.objectives.reorderObjectives(parentId, etag, { ids }).then((page) => page.items);
}
