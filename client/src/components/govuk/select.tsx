import type { ChangeEvent } from 'react';

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
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="govuk-form-group">
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <select
        className="govuk-select"
        id={id}
        name={name}
        value={value}
        aria-describedby={hintId}
        onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </div>
  );
}
