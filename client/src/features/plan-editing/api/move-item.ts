import { useMutation, useQueryClient } from '@tanstack/react-query';

import { invalidatePlanStructure } from '@/features/plan-editing/api/invalidate-plan-structure';
import { reorderActions } from '@/features/plan-editing/api/reorder-actions';
import { reorderObjectives } from '@/features/plan-editing/api/reorder-objectives';
import { reorderThemes } from '@/features/plan-editing/api/reorder-themes';
import { moveInOrder, type MoveDirection } from '@/features/plan-editing/utils/move-in-order';

/** Which order a move changes: a plan's themes, a theme's objectives or an objective's actions. */
export type StructureLevel = 'theme' | 'objective' | 'action';

export type MoveItemVariables = {
  level: StructureLevel;
  /** The plan, theme or objective whose children are reordered. */
  parentId: string;
  /** That parent's ETag: the order belongs to it. */
  parentEtag: string;
  /** Every sibling's id in the order the user sees. */
  siblingIds: readonly string[];
  itemId: string;
  direction: MoveDirection;
};

const reorder = { theme: reorderThemes, objective: reorderObjectives, action: reorderActions } as const;

/**
 * Moves one theme, objective or action a place up or down: the reorder request for its level with every sibling in
 * the new order. Whatever the answer (a 412 included), the structure is read again so the page shows the order as it is.
 */
export function useMoveItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ level, parentId, parentEtag, siblingIds, itemId, direction }: MoveItemVariables) => {
      await reorder[level]({ parentId, etag: parentEtag, ids: moveInOrder(siblingIds, itemId, direction) });
    },
    onSettled: () => invalidatePlanStructure(queryClient),
  });
}
