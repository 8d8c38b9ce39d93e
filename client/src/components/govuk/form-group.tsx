import type { ReactNode } from 'react';

type FormGroupProps = {
  id: string;
  label: string;
  hint?: string;
  /** Renders the control; receives the id list for its `aria-describedby` (undefined when there is no hint). */
  children: (describedBy: string | undefined) => ReactNode;
};

/** GOV.UK form group: the label and optional hint every field shares, wired to the control for screen readers. */
export function FormGroup({ id, label, hint, children }: FormGroupProps) {
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
      {children(hintId)}
    </div>
  );
}
