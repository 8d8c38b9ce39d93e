import type { ThemeDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

export type ReorderVariables = { parentId: string; etag: string; ids: string[] };

/**
 * `PUT /api/v1/plans/{planId}/themes/order` with the plan's ETag in `If-Match` and every theme id once, in the new
 * order. The order belongs to the plan, so a reorder made on a stale view of it is refused with 412.
 */
export function reorderThemes({ parentId, etag, ids }: ReorderVariables): Promise<ThemeDto[]> {
  return api.themes.reorderThemes(parentId, etag, { ids }).then((page) => page.items);
}
