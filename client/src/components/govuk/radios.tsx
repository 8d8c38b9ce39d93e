import { Fragment, type ReactNode } from 'react';

export type RadioItem = {
  value: string;
  text: string;
  hint?: string;
  /**
   * A follow-up question revealed under the item while it is chosen (GOV.UK conditional reveal), e.g. a justification.
   * Rendered only while the item is checked, so ids inside it need only be unique among the items that reveal it.
   */
  conditional?: ReactNode;
};

type RadiosProps = {
  /** The first radio's id, so an error summary link `#id` lands on it; the others are `id-2`, `id-3` … */
  id: string;
  name: string;
  legend: string;
  /** `s` for a question inside a longer form, `m` or `l` when the question is the page's heading. */
  legendSize?: 's' | 'm' | 'l';
  hint?: string;
  error?: string;
  items: readonly RadioItem[];
  value: string;
  onChange: (value: string) => void;
  /** Side by side, for two or three short answers. */
  inline?: boolean;
  small?: boolean;
};

/** GOV.UK radios (`govuk-radios`) in a fieldset with its legend, optional hint and error message. */
export function Radios({ id, name, legend, legendSize = 's', hint, error, items, value, onChange, inline, small }: RadiosProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const classes = ['govuk-radios', inline ? 'govuk-radios--inline' : '', small ? 'govuk-radios--small' : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
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
        <div className={classes}>
          {items.map((item, index) => {
            const itemId = index === 0 ? id : `${id}-${index + 1}`;
            const itemHintId = item.hint ? `${itemId}-item-hint` : undefined;
            const revealed = item.conditional !== undefined && value === item.value;
            const conditionalId = `${itemId}-conditional`;
            return (
              <Fragment key={item.value}>
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={itemId}
                  name={name}
                  type="radio"
                  value={item.value}
                  checked={value === item.value}
                  aria-describedby={itemHintId}
                  aria-controls={revealed ? conditionalId : undefined}
                  onChange={() => onChange(item.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={itemId}>
                  {item.text}
                </label>
                {item.hint ? (
                  <div id={itemHintId} className="govuk-hint govuk-radios__hint">
                    {item.hint}
                  </div>
                ) : null}
              </div>
              {revealed ? (
                <div className="govuk-radios__conditional" id={conditionalId}>
                  {item.conditional}
                </div>
              ) : null}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
