import type { ChangeEvent } from 'react';

import { FormGroup } from '@/components/govuk/form-group';

export type SelectOption = {
  value: string;
  text: string;
};

type SelectProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  /** The field's error message, shown above the select (`govuk-select--error`). */
  error?: string;
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
};

/** GOV.UK select (`govuk-select`) in a form group, with its label and optional hint. */
export function Select({ id, name, label, hint, error, options, value, onChange }: SelectProps) {
  return (
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          className={error ? 'govuk-select govuk-select--error' : 'govuk-select'}
          id={id}
          name={name}
          value={value}
          aria-describedby={describedBy}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.text}
            </option>
          ))}
        </select>
      )}
    </FormGroup>
  );
}
