import type { FormEvent } from 'react';

import type { ThemeNodeDto } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import { emptyPlanFilter, isFilterActive, type PlanFilter } from '@/features/plans/utils/filter-plan';

type PlanFilterFormProps = {
  themes: readonly ThemeNodeDto[];
  filter: PlanFilter;
  onChange: (filter: PlanFilter) => void;
};

/** Narrows the plan tree as the user types or chooses; nothing is sent to the server. */
export function PlanFilterForm({ themes, filter, onChange }: PlanFilterFormProps) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
  }

  return (
    <form role="search" aria-label="Filter actions" noValidate onSubmit={handleSubmit}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Select
            id="filter-theme"
            name="theme"
            label="Theme"
            options={[{ value: '', text: 'All themes' }, ...themes.map((theme) => ({ value: theme.id, text: theme.title }))]}
            value={filter.themeId}
            onChange={(themeId) => onChange({ ...filter, themeId })}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <Input
            id="filter-query"
            name="q"
            type="search"
            label="Search actions"
            hint="Reference, words from the action or a lead's name"
            value={filter.query}
            spellCheck={false}
            onChange={(query) => onChange({ ...filter, query })}
          />
        </div>
      </div>
      {isFilterActive(filter) ? (
        <Button variant="secondary" onClick={() => onChange(emptyPlanFilter)}>
          Clear filters
        </Button>
      ) : null}
    </form>
  );
}
