import type { ReactNode } from 'react';

type DetailsProps = {
  /** The link text that opens it, e.g. "Council response". */
  summary: string;
  children: ReactNode;
};

/** GOV.UK details (`govuk-details`): longer text the user can open, on the native `<details>` element. */
export function Details({ summary, children }: DetailsProps) {
  return (
    <details className="govuk-details govuk-!-margin-bottom-0">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
