import type { ReactNode } from 'react';

type FormGroupProps = {
  id: string;
  label: string;
  hint?: string;
  /** The field's error message; marks the group as in error and is read out with the control. */
  error?: string;
  /** Renders the control; receives the id list for its `aria-describedby` (undefined when there is no hint or error). */
  children: (describedBy: string | undefined) => ReactNode;
};

/** GOV.UK form group: the label, optional hint and error message every field shares, wired to the control for screen readers. */
export function FormGroup({ id, label, hint, error, children }: FormGroupProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
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
      {children(describedBy)}
    </div>
  );
}
