import type { ReactNode } from 'react';

type DetailsProps = {
  /** The words of the summary the user opens it by, e.g. "Show the 4 recorded changes" or "Read the council's response". */
  summary: string;
  children: ReactNode;
  open?: boolean;
  /** Extra classes, e.g. `govuk-!-margin-bottom-0` at the end of a card. */
  className?: string;
};

/** GOV.UK details (`govuk-details`): secondary content the user can open, on the native `<details>` element. */
export function Details({ summary, children, open, className }: DetailsProps) {
  return (
    <details className={['govuk-details', className].filter(Boolean).join(' ')} open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
