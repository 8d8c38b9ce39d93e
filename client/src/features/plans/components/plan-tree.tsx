import { memo, startTransition, useEffect, useMemo, useState } from 'react';

import type { ActionSummaryDto, PlanDto, ThemeNodeDto } from '@/api/delivery-tracker-client';
import { ActionRowsTable } from '@/features/actions/components/action-rows-table';

/**
 * About how many rows one render adds to the page. A plan of 1,000 actions goes on the page a slice at a time, each
 * slice in its own (interruptible) render and commit, so that no single task blocks the page for long.
 */
const rowsPerSlice = 50;

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
            <h3 className="govuk-heading-m" id={`objective-${objective.id}`}>
              {objective.title}
            </h3>
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
 * While filters narrow the list, themes and objectives with no matching action are left out. Themes go on the page
 * about {@link rowsPerSlice} rows at a time; the tree is `aria-busy` until the last is there.
 */
export const PlanTree = memo(function PlanTree({ plan, actions, narrowing }: PlanTreeProps) {
  const actionsByObjective = useMemo(() => groupByObjective(actions), [actions]);
  const themes = useMemo(
    () => (narrowing ? plan.themes.filter((theme) => theme.objectives.some((objective) => actionsByObjective.has(objective.id))) : plan.themes),
    [plan, narrowing, actionsByObjective],
  );

  // How many rows may be on the page so far: one slice for a new list, one more slice after each commit.
  const [budget, setBudget] = useState(rowsPerSlice);
  const [budgetFor, setBudgetFor] = useState(actions);
  if (budgetFor !== actions) {
    setBudgetFor(actions);
    setBudget(rowsPerSlice);
  }
  const shownThemes = useMemo(() => {
    let rows = 0;
    let count = 0;
    for (const theme of themes) {
      if (count > 0 && rows >= budget) break;
      rows += theme.objectives.reduce((sum, objective) => sum + (actionsByObjective.get(objective.id)?.length ?? 0), 0);
      count++;
    }
    return count;
  }, [themes, actionsByObjective, budget]);
  const complete = shownThemes >= themes.length;

  useEffect(() => {
    if (complete) return;
    // After the browser has painted this slice; a transition, so the next one yields to typing and clicks.
    const timer = setTimeout(() => startTransition(() => setBudget((previous) => previous + rowsPerSlice)), 0);
    return () => clearTimeout(timer);
  }, [complete, budget]);

  return (
    <div className="app-plan-tree" aria-busy={complete ? undefined : true}>
      {themes.slice(0, shownThemes).map((theme) => (
        <ThemeSection key={theme.id} theme={theme} actionsByObjective={actionsByObjective} narrowing={narrowing} />
      ))}
    </div>
  );
});
