import type { ChangeEvent } from 'react';

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
      <input
        className={['govuk-input', widthClass].filter(Boolean).join(' ')}
        id={id}
        name={name}
        type={type}
        value={value}
        autoComplete={autoComplete}
        spellCheck={spellCheck}
        aria-describedby={hintId}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
      />
    </div>
  );
}
