import type { DateParts } from '@/lib/date-parts';

type DateInputProps = {
  /** The day field's id (an error summary link `#id` lands on it); month and year are `id-month`, `id-year`. */
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string;
  value: DateParts;
  onChange: (value: DateParts) => void;
};

/**
 * GOV.UK date input (`govuk-date-input`): day, month and year as three numeric fields in a fieldset, the pattern for
 * dates users know (a board meeting, a quarter end). Convert with `toIsoDate`/`dateParts` from `@/lib/date-parts`.
 */
export function DateInput({ id, name, legend, hint, error, value, onChange }: DateInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const fields: { key: keyof DateParts; label: string; fieldId: string; width: number }[] = [
    { key: 'day', label: 'Day', fieldId: id, width: 2 },
    { key: 'month', label: 'Month', fieldId: `${id}-month`, width: 2 },
    { key: 'year', label: 'Year', fieldId: `${id}-year`, width: 4 },
  ];
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint ? (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={errorId} className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <div className="govuk-date-input">
          {fields.map((field) => (
            <div key={field.key} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={field.fieldId}>
                  {field.label}
                </label>
                <input
                  className={[
                    'govuk-input',
                    'govuk-date-input__input',
                    `govuk-input--width-${field.width}`,
                    error ? 'govuk-input--error' : '',
                  ]
                    .filter(Boolean)
                    .join(' ')}
                  id={field.fieldId}
                  name={`${name}-${field.key}`}
                  type="text"
                  inputMode="numeric"
                  value={value[field.key]}
                  onChange={(event) => onChange({ ...value, [field.key]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}


