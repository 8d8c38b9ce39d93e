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
  options: SelectOption[];
  value: string;
  onChange: (value: string) => void;
};

/** GOV.UK select (`govuk-select`) in a form group, with its label and optional hint. */
export function Select({ id, name, label, hint, options, value, onChange }: SelectProps) {
  return (
    <FormGroup id={id} label={label} hint={hint}>
      {(describedBy) => (
        <select
          className="govuk-select"
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
