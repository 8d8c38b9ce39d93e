import type { FormEvent } from 'react';

import type { TimescaleKind } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { DateInput } from '@/components/govuk/date-input';
import { Radios } from '@/components/govuk/radios';
import type { TimescaleValues } from '@/features/actions/utils/timescale-values';
import { timescaleKindDates, timescaleKindLabels } from '@/features/actions/utils/timescale-words';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';

/** The form's fields: the names the API gives them in a validation problem, and their input ids. */
export const timescaleFields = [
  { name: 'kind', id: 'timescale-kind' },
  { name: 'startDate', id: 'timescale-start-date' },
  { name: 'dueDate', id: 'timescale-due-date' },
] as const satisfies readonly FormField[];

/** The kinds a person can correct to ("not recognised" is only ever the parser's verdict). */
const kinds: readonly { kind: TimescaleKind; hint: string }[] = [
  { kind: 'ByDate', hint: 'Due on a date, like “September 2019”' },
  { kind: 'Range', hint: 'Runs from a start date to a due date, like “March 2019 – March 2020”' },
  { kind: 'StartOnly', hint: 'Starts on a date with no end, like “Commence September 2019”' },
  { kind: 'Ongoing', hint: 'Continuous work with no due date, perhaps from a start date' },
  { kind: 'Recurring', hint: 'Repeats each plan year, like “Annual”: give the first cycle’s dates' },
  { kind: 'ToBeAgreed', hint: 'No dates yet' },
];

type TimescaleFormProps = {
  values: TimescaleValues;
  onChange: (values: TimescaleValues) => void;
  errors: FormErrors;
  pending: boolean;
  onSubmit: () => void;
};

/**
 * The kind of timescale, with the dates that kind has revealed under it (GOV.UK conditional reveal), prefilled from
 * the reading.
 */
export function TimescaleForm({ values, onChange, errors, pending, onSubmit }: TimescaleFormProps) {
  const [kindField, startField, dueField] = timescaleFields;

  function dates(kind: TimescaleKind) {
    const uses = timescaleKindDates[kind];
    if (uses.start === 'none' && uses.due === 'none') return undefined;
    return (
      <>
        {uses.start !== 'none' ? (
          <DateInput
            id={startField.id}
            name="startDate"
            legend={uses.start === 'optional' ? 'Start date (optional)' : 'Start date'}
            hint="For example, 1 4 2020"
            value={values.startDate}
            onChange={(startDate) => onChange({ ...values, startDate })}
            error={errors.fieldErrors.startDate}
          />
        ) : null}
        {uses.due !== 'none' ? (
          <DateInput
            id={dueField.id}
            name="dueDate"
            legend="Due date"
            hint="For example, 31 3 2021"
            value={values.dueDate}
            onChange={(dueDate) => onChange({ ...values, dueDate })}
            error={errors.fieldErrors.dueDate}
          />
        ) : null}
      </>
    );
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit();
  }

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Radios
        id={kindField.id}
        name="kind"
        legend="What sort of timescale is it?"
        legendSize="m"
        items={kinds.map(({ kind, hint }) => ({ value: kind, text: timescaleKindLabels[kind], hint, conditional: dates(kind) }))}
        value={values.kind}
        onChange={(kind) => onChange({ ...values, kind: kind as TimescaleKind })}
        error={errors.fieldErrors.kind}
      />
      <Button type="submit" disabled={pending}>
        Save the corrected timescale
      </Button>
    </form>
  );
}
