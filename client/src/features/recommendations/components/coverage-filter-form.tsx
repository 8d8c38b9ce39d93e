import { useState, type FormEvent } from 'react';

import { Button } from '@/components/govuk/button';
import { Checkboxes } from '@/components/govuk/checkboxes';

type CoverageFilterFormProps = {
  onlyUncovered: boolean;
  uncoveredCount: number;
  onApply: (onlyUncovered: boolean) => void;
};

/** "Show only recommendations with no action", applied with its button (the page keeps it in the URL). */
export function CoverageFilterForm({ onlyUncovered, uncoveredCount, onApply }: CoverageFilterFormProps) {
  const [checked, setChecked] = useState(onlyUncovered);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(checked);
  }

  return (
    <form role="search" aria-label="Filter recommendations" noValidate onSubmit={handleSubmit}>
      <Checkboxes
        id="filter-uncovered"
        name="covered"
        legend="Filter recommendations"
        items={[{ value: 'false', text: 'Show only recommendations with no action', hint: `${uncoveredCount} ${uncoveredCount === 1 ? 'recommendation' : 'recommendations'}` }]}
        values={checked ? ['false'] : []}
        onChange={(values) => setChecked(values.length > 0)}
      />
      <Button type="submit" variant="secondary">
        Apply filter
      </Button>
    </form>
  );
}
