import type { PlanDto } from '@/api/delivery-tracker-client';

/**
 * Where a theme, objective or action stands among its siblings in the plan tree (from 0); -1 when it is not there.
 * The structure page waits for the moved item to stand in its new place before putting focus back on it.
 */
export function siblingIndex(plan: PlanDto, itemId: string): number {
  const themeIndex = plan.themes.findIndex((theme) => theme.id === itemId);
  if (themeIndex >= 0) return themeIndex;
  for (const theme of plan.themes) {
    const objectiveIndex = theme.objectives.findIndex((objective) => objective.id === itemId);
    if (objectiveIndex >= 0) return objectiveIndex;
    for (const objective of theme.objectives) {
      const actionIndex = objective.actions.findIndex((action) => action.id === itemId);
      if (actionIndex >= 0) return actionIndex;
    }
  }
  return -1;
}
