import type { FormEvent } from 'react';

import type { KpiUnit } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { DateInput } from '@/components/govuk/date-input';
import { Input } from '@/components/govuk/input';
import { Textarea } from '@/components/govuk/textarea';
import { kpiUnitLabels } from '@/features/kpis/utils/kpi-words';
import type { MeasurementFormValues } from '@/features/kpis/utils/measurement-form-values';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';

/** The form's fields: the names the API gives them in a validation problem, and their input ids, in form order. */
export const measurementFields = [
  { name: 'periodLabel', id: 'measurement-period-label' },
  { name: 'periodStart', id: 'measurement-period-start' },
  { name: 'periodEnd', id: 'measurement-period-end' },
  { name: 'value', id: 'measurement-value' },
  { name: 'source', id: 'measurement-source' },
  { name: 'note', id: 'measurement-note' },
] as const satisfies readonly FormField[];

const [periodLabelField, periodStartField, periodEndField, valueField, sourceField, noteField] = measurementFields;

type MeasurementFormProps = {
  values: MeasurementFormValues;
  onChange: (values: MeasurementFormValues) => void;
  unit: KpiUnit;
  errors: FormErrors;
  pending: boolean;
  submitLabel: string;
  onSubmit: () => void;
};

/** Period (as written and as dates), value, source and note: the fields of a measurement, recorded or corrected. */
export function MeasurementForm({ values, onChange, unit, errors, pending, submitLabel, onSubmit }: MeasurementFormProps) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit();
  }
  const set = <K extends keyof MeasurementFormValues>(name: K) => (value: MeasurementFormValues[K]) => onChange({ ...values, [name]: value });

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Input
        id={periodLabelField.id}
        name="periodLabel"
        label="Period"
        hint="As the source writes it, for example “2020-Q3”, “Jan–Aug 2020” or “12 months to Aug 2020”"
        value={values.periodLabel}
        onChange={set('periodLabel')}
        error={errors.fieldErrors.periodLabel}
        widthClass="govuk-input--width-20"
      />
      <DateInput
        id={periodStartField.id}
        name="periodStart"
        legend="First day of the period"
        hint="For example, 1 7 2020"
        value={values.periodStart}
        onChange={set('periodStart')}
        error={errors.fieldErrors.periodStart}
      />
      <DateInput
        id={periodEndField.id}
        name="periodEnd"
        legend="Last day of the period"
        hint="For example, 30 9 2020"
        value={values.periodEnd}
        onChange={set('periodEnd')}
        error={errors.fieldErrors.periodEnd}
      />
      <Input
        id={valueField.id}
        name="value"
        label="Value"
        hint={`In the KPI’s unit: ${kpiUnitLabels[unit].toLowerCase()}`}
        value={values.value}
        onChange={set('value')}
        error={errors.fieldErrors.value}
        widthClass="govuk-input--width-10"
      />
      <Input
        id={sourceField.id}
        name="source"
        label="Source (optional)"
        hint="Where the figure was published, for example “Safer Neighbourhood Board report, Nov 2020”"
        value={values.source}
        onChange={set('source')}
        error={errors.fieldErrors.source}
      />
      <Textarea
        id={noteField.id}
        name="note"
        label="Note (optional)"
        hint="Anything the reader should know about the figure, such as why it was corrected"
        value={values.note}
        onChange={set('note')}
        error={errors.fieldErrors.note}
        rows={3}
      />
      <Button type="submit" disabled={pending}>
        {submitLabel}
      </Button>
    </form>
  );
}
