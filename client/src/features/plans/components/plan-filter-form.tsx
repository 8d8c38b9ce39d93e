import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import type { RagScale } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Checkboxes, type CheckboxItem } from '@/components/govuk/checkboxes';
import { DateInput } from '@/components/govuk/date-input';
import { Input } from '@/components/govuk/input';
import { Select, type SelectOption } from '@/components/govuk/select';
import { actionStatusLabels } from '@/features/plans/components/action-status-tag';
import {
  actionStatuses,
  flagFilters,
  isNarrowing,
  ratingsOnScale,
  type FlagFilter,
  type PlanTreeFilter,
} from '@/features/plans/utils/plan-tree-filter';
import { ragLabels } from '@/features/ratings/utils/rating-words';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';
import { dateParts, type DateParts } from '@/lib/date-parts';

/** The form's fields: the API's parameter names (as a validation problem names them) and their input ids. */
export const planFilterFields = [
  { name: 'q', id: 'filter-q' },
  { name: 'themeId', id: 'filter-theme' },
  { name: 'leadId', id: 'filter-lead' },
  { name: 'status', id: 'filter-status' },
  { name: 'rag', id: 'filter-rag' },
  { name: 'overdue', id: 'filter-flags' },
  { name: 'recommendation', id: 'filter-recommendation' },
  { name: 'asOf', id: 'filter-as-of' },
] as const satisfies readonly FormField[];

const flagItems: Record<FlagFilter, CheckboxItem> = {
  overdue: { value: 'overdue', text: 'Overdue', hint: 'Past the due date and not completed' },
  dueSoon: { value: 'dueSoon', text: 'Due soon', hint: 'Due within the plan’s due-soon days' },
  stale: { value: 'stale', text: 'Stale', hint: 'No progress update for the plan’s stale-after days' },
  blocked: { value: 'blocked', text: 'Waiting on a partner', hint: 'Blocked on the ratings date' },
};

type PlanFilterFormProps = {
  /** The filters in the URL: where the form starts. */
  filter: PlanTreeFilter;
  ragScale: RagScale;
  themes: readonly SelectOption[];
  leads: readonly SelectOption[];
  errors: FormErrors;
  /** Where "Clear filters" goes. */
  clearHref: string;
  /** The filters chosen, with the "as at" date as typed; the page checks them and puts them in the URL. */
  onApply: (filter: PlanTreeFilter, asOf: DateParts) => void;
};

/**
 * The plan tree's filters as a GET form: nothing changes until "Apply filters", which puts the choices in the query
 * string (so the view can be bookmarked); the API does the filtering. Holds what is being typed until then.
 */
export function PlanFilterForm({ filter, ragScale, themes, leads, errors, clearHref, onApply }: PlanFilterFormProps) {
  const [draft, setDraft] = useState(filter);
  const [asOf, setAsOf] = useState(() => dateParts(filter.asOf));
  const set = <K extends keyof PlanTreeFilter>(name: K, value: PlanTreeFilter[K]) => setDraft((previous) => ({ ...previous, [name]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft, asOf);
  }

  const fieldError = errors.fieldErrors;
  const [q, theme, lead, status, rag, flagsField, recommendation, asOfField] = planFilterFields;

  return (
    <form role="search" aria-label="Filter actions" method="get" noValidate onSubmit={handleSubmit}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Input
            id={q.id}
            name="q"
            type="search"
            label="Search actions"
            hint="Words from the reference or the action"
            value={draft.q}
            spellCheck={false}
            error={fieldError.q}
            onChange={(value) => set('q', value)}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id={theme.id}
            name="theme"
            label="Theme"
            error={fieldError.themeId}
            options={[{ value: '', text: 'All themes' }, ...themes]}
            value={draft.theme}
            onChange={(value) => set('theme', value)}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id={lead.id}
            name="lead"
            label="Lead"
            error={fieldError.leadId}
            options={[{ value: '', text: 'All leads' }, ...leads]}
            value={draft.lead}
            onChange={(value) => set('lead', value)}
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Checkboxes
            id={status.id}
            name="status"
            legend="Status"
            items={actionStatuses.map((value) => ({ value, text: actionStatusLabels[value] }))}
            values={draft.status}
            error={fieldError.status}
            onChange={(values) => set('status', values as PlanTreeFilter['status'])}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Checkboxes
            id={rag.id}
            name="rag"
            legend="Rating"
            items={ratingsOnScale(ragScale).map((value) => ({ value, text: ragLabels[value] }))}
            values={draft.rag}
            error={fieldError.rag}
            onChange={(values) => set('rag', values as PlanTreeFilter['rag'])}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Checkboxes
            id={flagsField.id}
            name="only"
            legend="Only actions that are"
            items={flagFilters.map((flag) => flagItems[flag])}
            values={flagFilters.filter((flag) => draft[flag])}
            error={fieldError.overdue ?? fieldError.dueSoon ?? fieldError.stale ?? fieldError.blocked}
            onChange={(values) =>
              setDraft((previous) => ({ ...previous, ...Object.fromEntries(flagFilters.map((flag) => [flag, values.includes(flag)])) }))
            }
          />
        </div>
      </div>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Input
            id={recommendation.id}
            name="recommendation"
            label="Recommendation number"
            hint="The review recommendation the actions answer, for example 7"
            inputMode="numeric"
            widthClass="govuk-input--width-4"
            value={draft.recommendation}
            error={fieldError.recommendation}
            onChange={(value) => set('recommendation', value)}
          />
        </div>
        <div className="govuk-grid-column-two-thirds">
          <DateInput
            id={asOfField.id}
            name="asOf"
            legend="Ratings as at"
            hint="Leave blank for today. For example, 31 3 2020 for the end of a quarter"
            value={asOf}
            error={fieldError.asOf}
            onChange={setAsOf}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button type="submit">Apply filters</Button>
        {isNarrowing(filter) ? (
          <Link className="govuk-link" to={clearHref}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
