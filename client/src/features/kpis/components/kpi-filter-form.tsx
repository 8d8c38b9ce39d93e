import { useState, type FormEvent } from 'react';

import type { KpiLifecycle, KpiRag, PlanSummaryDto } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import type { KpiListFilter } from '@/features/kpis/api/list-kpis';
import { isKpiFilterActive } from '@/features/kpis/utils/kpi-list-filter';
import { kpiLifecycleLabels, kpiLifecycles } from '@/features/kpis/utils/kpi-words';
import { kpiRagLabels } from '@/features/ratings/utils/rating-words';

/** Worst first, as in every other rating list; "No data" and the unrated states last. */
const ratingItems = (['Red', 'Amber', 'Green', 'Stale', 'NoData', 'Monitored', 'ToBeAgreed'] as const satisfies readonly KpiRag[]).map((rag) => ({
  value: rag,
  text: kpiRagLabels[rag],
}));

type KpiFilterFormProps = {
  filter: KpiListFilter;
  plans: readonly PlanSummaryDto[];
  /** Called with the chosen filter when the user presses "Apply filters"; the page puts it in the URL. */
  onApply: (filter: KpiListFilter) => void;
};

/**
 * The KPIs list's filters, applied by a button (not on every keystroke) so each applied filter is one entry in the
 * browser's history and one request. The API does the filtering.
 */
export function KpiFilterForm({ filter, plans, onApply }: KpiFilterFormProps) {
  const [planId, setPlanId] = useState(filter.planId ?? '');
  const [lifecycle, setLifecycle] = useState<string>(filter.lifecycle ?? '');
  const [rag, setRag] = useState<string[]>(filter.rag ?? []);
  const [q, setQ] = useState(filter.q ?? '');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({
      planId: planId || undefined,
      lifecycle: (lifecycle || undefined) as KpiLifecycle | undefined,
      rag: rag.length > 0 ? (rag as KpiRag[]) : undefined,
      q: q.trim() || undefined,
    });
  }

  return (
    <form role="search" aria-label="Filter KPIs" noValidate onSubmit={handleSubmit}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <Input id="kpi-filter-q" name="q" type="search" label="Search KPIs" hint="Words from the name or code" value={q} onChange={setQ} spellCheck={false} />
          <Select
            id="kpi-filter-plan"
            name="planId"
            label="Plan"
            options={[{ value: '', text: 'All plans' }, ...plans.map((plan) => ({ value: plan.id, text: plan.title }))]}
            value={planId}
            onChange={setPlanId}
          />
          <Select
            id="kpi-filter-lifecycle"
            name="lifecycle"
            label="Lifecycle"
            options={[{ value: '', text: 'Any lifecycle' }, ...kpiLifecycles.map((value) => ({ value, text: kpiLifecycleLabels[value] }))]}
            value={lifecycle}
            onChange={setLifecycle}
          />
        </div>
        <div className="govuk-grid-column-one-half">
          <Checkboxes id="kpi-filter-rag" name="rag" legend="Rating" hint="Select all that apply." items={ratingItems} values={rag} onChange={setRag} />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button type="submit">Apply filters</Button>
        {isKpiFilterActive(filter) ? (
          <Button variant="secondary" onClick={() => onApply({})}>
            Clear filters
          </Button>
        ) : null}
      </div>
    </form>
  );
}
