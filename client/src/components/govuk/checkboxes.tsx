export type CheckboxItem = {
  value: string;
  text: string;
  hint?: string;
};

type CheckboxesProps = {
  /** The first checkbox's id, so an error summary link `#id` lands on it; the others are `id-2`, `id-3` … */
  id: string;
  name: string;
  legend: string;
  hint?: string;
  /** The question's error message, shown above the checkboxes. */
  error?: string;
  items: readonly CheckboxItem[];
  values: readonly string[];
  onChange: (values: string[]) => void;
};

/** GOV.UK checkboxes (`govuk-checkboxes`) in a fieldset with its legend, optional hint and error message. */
export function Checkboxes({ id, name, legend, hint, error, items, values, onChange }: CheckboxesProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;

  function toggle(value: string, checked: boolean) {
    // Keep the items' order, whatever order they were ticked in.
    onChange(items.map((item) => item.value).filter((item) => (item === value ? checked : values.includes(item))));
  }

  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
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
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
            return (
              <div key={item.value} className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={itemId}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  checked={values.includes(item.value)}
                  aria-describedby={itemHintId}
                  onChange={(event) => toggle(item.value, event.target.checked)}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={itemId}>
                  {item.text}
                </label>
                {item.hint ? (
                  <div id={itemHintId} className="govuk-hint govuk-checkboxes__hint">
                    {item.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
