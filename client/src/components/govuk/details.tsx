import type { ReactNode } from 'react';

type DetailsProps = {
  /** The words of the summary the user opens it by, e.g. "Show the 4 recorded changes". */
  summary: string;
  children: ReactNode;
  open?: boolean;
};

/** GOV.UK details (`govuk-details`): secondary content the user can open, on the native `<details>` element. */
export function Details({ summary, children, open }: DetailsProps) {
  return (
    <details className="govuk-details" open={open}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
