import type { ChangeEvent } from 'react';

import { FormGroup } from '@/components/govuk/form-group';

type InputProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'search' | 'email';
  /** Width override, e.g. `govuk-input--width-20` or `govuk-!-width-one-half`. */
  widthClass?: string;
  autoComplete?: string;
  spellCheck?: boolean;
};

/** GOV.UK text input (`govuk-input`) in a form group, with its label and optional hint. */
export function Input({ id, name, label, hint, value, onChange, type = 'text', widthClass, autoComplete = 'off', spellCheck }: InputProps) {
  return (
    <FormGroup id={id} label={label} hint={hint}>
      {(describedBy) => (
        <input
          className={['govuk-input', widthClass].filter(Boolean).join(' ')}
          id={id}
          name={name}
          type={type}
          value={value}
          autoComplete={autoComplete}
          spellCheck={spellCheck}
          aria-describedby={describedBy}
          onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  );
}
