import { useState, type FormEvent, type ReactNode } from 'react';

import { Button } from '@/components/govuk/button';
import { Textarea } from '@/components/govuk/textarea';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';

export type ObjectiveValues = { title: string };

export const objectiveFields = [{ name: 'title', id: 'objective-title' }] as const satisfies readonly FormField[];

type ObjectiveFormProps = {
  initial: ObjectiveValues;
  errors: FormErrors;
  pending: boolean;
  submitLabel: string;
  onSubmit: (values: ObjectiveValues) => void;
  cancel: ReactNode;
};

/** An objective's text, for a new objective and a change. Objectives are sentences, so the text gets a textarea. */
export function ObjectiveForm({ initial, errors, pending, submitLabel, onSubmit, cancel }: ObjectiveFormProps) {
  const [title, setTitle] = useState(initial.title);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    onSubmit({ title: title.trim() });
  }

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Textarea
        id={objectiveFields[0].id}
        name="title"
        label="Objective"
        hint="As the plan document words it, for example “Reduce serious youth violence in the borough”."
        value={title}
        onChange={setTitle}
        error={errors.fieldErrors.title}
        rows={3}
      />
      <div className="govuk-button-group">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        {cancel}
      </div>
    </form>
  );
}
