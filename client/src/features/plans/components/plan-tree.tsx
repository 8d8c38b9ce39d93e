import { useMemo, useState } from 'react';

import type { PlanDto } from '@/api/delivery-tracker-client';
import { ActionsTable } from '@/features/plans/components/actions-table';
import { PlanFilterForm } from '@/features/plans/components/plan-filter-form';
import { countActions, emptyPlanFilter, filterThemes, isFilterActive, type PlanFilter } from '@/features/plans/utils/filter-plan';

function actionsPhrase(count: number): string {
  return count === 1 ? '1 action' : `${count} actions`;
}

/** The plan's themes (h2), objectives (h3) and a table of each objective's actions, with a filter above. */
export function PlanTree({ plan }: { plan: PlanDto }) {
  const [filter, setFilter] = useState<PlanFilter>(emptyPlanFilter);
  const themes = useMemo(() => filterThemes(plan, filter), [plan, filter]);
  const total = useMemo(() => countActions(plan.themes), [plan]);
  const shown = countActions(themes);

  return (
    <>
      <PlanFilterForm themes={plan.themes} filter={filter} onChange={setFilter} />
      <p className="govuk-body" role="status">
        {isFilterActive(filter) ? `Showing ${shown} of ${actionsPhrase(total)}` : `Showing all ${actionsPhrase(total)}`}
      </p>
      {themes.length === 0 ? <p className="govuk-body">No actions match the filter. Try another theme or fewer words.</p> : null}
      {themes.map((theme) => (
        <div key={theme.id}>
          <h2 className="govuk-heading-l" id={`theme-${theme.code.toLowerCase()}`}>
            {theme.title}
          </h2>
          {theme.objectives.map((objective) => (
            <div key={objective.id}>
              <h3 className="govuk-heading-m">{objective.title}</h3>
              {objective.actions.length > 0 ? (
                <ActionsTable caption={`Actions for the objective: ${objective.title}`} actions={objective.actions} />
              ) : (
                <p className="govuk-body">This objective has no actions yet.</p>
              )}
            </div>
          ))}
        </div>
      ))}
    </>
  );
}
