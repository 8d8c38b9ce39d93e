import { useState, type FormEvent, type ReactNode } from 'react';

import { Button } from '@/components/govuk/button';
import { Input } from '@/components/govuk/input';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';

export type ThemeValues = { code: string; title: string };

/** The form's fields: the names the API gives them in a validation problem, and their input ids. */
export const themeFields = [
  { name: 'code', id: 'theme-code' },
  { name: 'title', id: 'theme-title' },
] as const satisfies readonly FormField[];

type ThemeFormProps = {
  initial: ThemeValues;
  errors: FormErrors;
  pending: boolean;
  submitLabel: string;
  onSubmit: (values: ThemeValues) => void;
  /** Where "Cancel" goes: the structure page. */
  cancel: ReactNode;
};

/** A theme's code and title, for a new theme and a change. The form checks nothing itself: the API says what is wrong. */
export function ThemeForm({ initial, errors, pending, submitLabel, onSubmit, cancel }: ThemeFormProps) {
  const [code, setCode] = useState(initial.code);
  const [title, setTitle] = useState(initial.title);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    onSubmit({ code: code.trim(), title: title.trim() });
  }

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Input
        id={themeFields[0].id}
        name="code"
        label="Code"
        hint="Capital letters and digits, starting with a letter, for example SYV. Action references start with it (SYV-2.1)."
        value={code}
        onChange={setCode}
        error={errors.fieldErrors.code}
        widthClass="govuk-input--width-10"
        spellCheck={false}
      />
      <Input
        id={themeFields[1].id}
        name="title"
        label="Title"
        hint="As the plan document words it, for example “Serious Youth Violence”."
        value={title}
        onChange={setTitle}
        error={errors.fieldErrors.title}
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
