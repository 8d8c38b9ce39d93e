import { memo, useMemo } from 'react';

import type { ActionSummaryDto, PlanDto, ThemeNodeDto } from '@/api/delivery-tracker-client';
import { ActionRowsTable } from '@/features/actions/components/action-rows-table';

type ThemeSectionProps = {
  theme: ThemeNodeDto;
  /** The matching actions of each objective, by objective id, in plan order. */
  actionsByObjective: ReadonlyMap<string, readonly ActionSummaryDto[]>;
  /** True when filters narrow the list: objectives without a match are then left out. */
  narrowing: boolean;
};

// One theme at a time: memoised, so a theme whose matching actions did not change is not rendered again.
const ThemeSection = memo(function ThemeSection({ theme, actionsByObjective, narrowing }: ThemeSectionProps) {
  const objectives = narrowing ? theme.objectives.filter((objective) => actionsByObjective.has(objective.id)) : theme.objectives;
  return (
    <section className="app-plan-theme" aria-labelledby={`theme-${theme.id}`}>
      <h2 className="govuk-heading-l" id={`theme-${theme.id}`}>
        {theme.title}
      </h2>
      {objectives.map((objective) => {
        const actions = actionsByObjective.get(objective.id);
        return (
          <div key={objective.id}>
            <h3 className="govuk-heading-m">{objective.title}</h3>
            {actions ? (
              <ActionRowsTable caption={`Actions for the objective: ${objective.title}`} actions={actions} />
            ) : (
              <p className="govuk-body">This objective has no actions yet.</p>
            )}
          </div>
        );
      })}
    </section>
  );
});

/** Groups listed actions by objective, keeping the list's (plan) order. */
function groupByObjective(actions: readonly ActionSummaryDto[]): Map<string, ActionSummaryDto[]> {
  const groups = new Map<string, ActionSummaryDto[]>();
  for (const action of actions) {
    const group = groups.get(action.objectiveId);
    if (group) group.push(action);
    else groups.set(action.objectiveId, [action]);
  }
  return groups;
}

type PlanTreeProps = {
  plan: PlanDto;
  /** The actions the API found for the filters, in plan order, with their ratings. */
  actions: readonly ActionSummaryDto[];
  narrowing: boolean;
};

/**
 * The plan's structure (themes as h2, objectives as h3) from the plan, with the listed actions under their objectives.
 * While filters narrow the list, themes and objectives with no matching action are left out.
 */
export function PlanTree({ plan, actions, narrowing }: PlanTreeProps) {
  const actionsByObjective = useMemo(() => groupByObjective(actions), [actions]);
  const themes = narrowing
    ? plan.themes.filter((theme) => theme.objectives.some((objective) => actionsByObjective.has(objective.id)))
    : plan.themes;
  return (
    <>
      {themes.map((theme) => (
        <ThemeSection key={theme.id} theme={theme} actionsByObjective={actionsByObjective} narrowing={narrowing} />
      ))}
    </>
  );
}
