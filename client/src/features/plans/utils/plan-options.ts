import type { PlanDto } from '@/api/delivery-tracker-client';
import type { SelectOption } from '@/components/govuk/select';

/** Every action in the plan's tree: the "of M" in "Showing N of M actions". */
export function countPlanActions(plan: PlanDto): number {
  return plan.themes.reduce((total, theme) => total + theme.objectives.reduce((sum, objective) => sum + objective.actions.length, 0), 0);
}

/** The plan's themes, in plan order, for the theme filter. */
export function themeOptions(plan: PlanDto): SelectOption[] {
  return plan.themes.map((theme) => ({ value: theme.id, text: theme.title }));
}

/**
 * The leads of the plan's actions, by name, for the lead filter: taken from the plan's tree, so the list offers only
 * leads that lead something in this plan (the leads list holds every lead of every plan).
 */
export function leadOptions(plan: PlanDto): SelectOption[] {
  const names = new Map<string, string>();
  for (const theme of plan.themes) {
    for (const objective of theme.objectives) {
      for (const action of objective.actions) {
        for (const lead of action.leads) names.set(lead.leadId, lead.name);
      }
    }
  }
  return [...names]
    .map(([value, text]) => ({ value, text }))
    .sort((a, b) => a.text.localeCompare(b.text, 'en-GB', { sensitivity: 'base' }));
}
