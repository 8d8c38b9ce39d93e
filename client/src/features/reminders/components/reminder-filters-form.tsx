import { useState, type FormEvent } from 'react';

import type { LeadDto, PlanSummaryDto, ReminderKind, ReminderState } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Select } from '@/components/govuk/select';
import type { ReminderListFilter } from '@/features/reminders/api/list-reminders';
import { reminderKindNames, reminderStateTags } from '@/features/reminders/utils/reminder-words';

type ReminderFiltersFormProps = {
  filter: ReminderListFilter;
  plans: readonly PlanSummaryDto[];
  leads: readonly LeadDto[];
  onSubmit: (filter: ReminderListFilter) => void;
};

/** The log's filters as a GET form (plan, lead, kind, state): "Show reminders" puts them in the address. */
export function ReminderFiltersForm({ filter, plans, leads, onSubmit }: ReminderFiltersFormProps) {
  const [planId, setPlanId] = useState(filter.planId ?? '');
  const [leadId, setLeadId] = useState(filter.leadId ?? '');
  const [kind, setKind] = useState<string>(filter.kind ?? '');
  const [state, setState] = useState<string>(filter.state ?? '');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({
      planId: planId || undefined,
      leadId: leadId || undefined,
      kind: (kind || undefined) as ReminderKind | undefined,
      state: (state || undefined) as ReminderState | undefined,
    });
  }

  return (
    <form method="get" noValidate onSubmit={handleSubmit}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-quarter">
          <Select id="reminders-plan" name="planId" label="Plan" value={planId} onChange={setPlanId}
            options={[{ value: '', text: 'All plans' }, ...plans.map((plan) => ({ value: plan.id, text: plan.title }))]} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select id="reminders-lead" name="leadId" label="Lead" value={leadId} onChange={setLeadId}
            options={[{ value: '', text: 'All leads' }, ...leads.map((lead) => ({ value: lead.id, text: lead.name }))]} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select id="reminders-kind" name="kind" label="Why" value={kind} onChange={setKind}
            options={[{ value: '', text: 'Any reason' }, ...Object.entries(reminderKindNames).map(([value, text]) => ({ value, text }))]} />
        </div>
        <div className="govuk-grid-column-one-quarter">
          <Select id="reminders-state" name="state" label="Delivery" value={state} onChange={setState}
            options={[{ value: '', text: 'Any state' }, ...Object.entries(reminderStateTags).map(([value, tag]) => ({ value, text: tag.text }))]} />
        </div>
      </div>
      <Button type="submit" variant="secondary">
        Show reminders
      </Button>
    </form>
  );
}
