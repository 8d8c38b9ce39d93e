import type { ChangeEvent } from 'react';

import { FormGroup } from '@/components/govuk/form-group';

type InputProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** The field's error message, shown above the input (`govuk-input--error`). */
  error?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'search' | 'email' | 'password' | 'date';
  /** Width override, e.g. `govuk-input--width-20` or `govuk-!-width-one-half`. */
  widthClass?: string;
  autoComplete?: string;
  spellCheck?: boolean;
  /** `numeric` brings up the number keypad on phones for whole numbers (GOV.UK asks for `type="text"` with it). */
  inputMode?: 'numeric' | 'text';
};

/** GOV.UK text input (`govuk-input`) in a form group, with its label, optional hint and error message. */
export function Input({ id, name, label, hint, error, value, onChange, type = 'text', widthClass, autoComplete = 'off', spellCheck, inputMode }: InputProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          className={['govuk-input', error ? 'govuk-input--error' : '', widthClass].filter(Boolean).join(' ')}
          id={id}
          name={name}
          type={type}
          value={value}
          autoComplete={autoComplete}
          spellCheck={spellCheck}
          inputMode={inputMode}
          aria-describedby={describedBy}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}
