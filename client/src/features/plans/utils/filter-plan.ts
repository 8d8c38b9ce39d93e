import type { ActionNodeDto, PlanDto, ThemeNodeDto } from '@/api/delivery-tracker-client';

export type PlanFilter = {
  /** A theme id, or '' for every theme. */
  themeId: string;
  /** Free text matched, ignoring case, against each action's reference, text and lead names. */
  query: string;
};

export const emptyPlanFilter: PlanFilter = { themeId: '', query: '' };

export function isFilterActive(filter: PlanFilter): boolean {
  return filter.themeId !== '' || filter.query.trim() !== '';
}

function normalise(text: string): string {
  return text.toLocaleLowerCase('en-GB').replace(/\s+/g, ' ').trim();
}

export function actionMatches(action: ActionNodeDto, query: string): boolean {
  const needle = normalise(query);
  if (needle === '') return true;
  const haystacks = [action.referenceCode, action.text, ...action.leads.map((lead) => lead.name)];
  return haystacks.some((text) => normalise(text).includes(needle));
}

/**
 * The plan's themes narrowed by the filter: other themes dropped when one is chosen, and with a search,
 * only matching actions kept and objectives and themes left empty by that dropped. Document order is kept.
 */
export function filterThemes(plan: PlanDto, filter: PlanFilter): ThemeNodeDto[] {
  const themes = filter.themeId === '' ? plan.themes : plan.themes.filter((theme) => theme.id === filter.themeId);
  if (normalise(filter.query) === '') return themes;
  return themes
    .map((theme) => ({
      ...theme,
      objectives: theme.objectives
        .map((objective) => ({ ...objective, actions: objective.actions.filter((action) => actionMatches(action, filter.query)) }))
        .filter((objective) => objective.actions.length > 0),
    }))
    .filter((theme) => theme.objectives.length > 0);
}

export function countActions(themes: readonly ThemeNodeDto[]): number {
  return themes.reduce((total, theme) => total + theme.objectives.reduce((sum, objective) => sum + objective.actions.length, 0), 0);
}
