import type { ReactNode } from 'react';

export type SummaryListRow = {
  key: string;
  value: ReactNode;
};

type SummaryListProps = {
  rows: SummaryListRow[];
  /** Removes the row separators (`govuk-summary-list--no-border`). */
  noBorder?: boolean;
};

/** GOV.UK summary list (`govuk-summary-list`): a key and its value per row. */
export function SummaryList({ rows, noBorder }: SummaryListProps) {
  return (
    <dl className={noBorder ? 'govuk-summary-list govuk-summary-list--no-border' : 'govuk-summary-list'}>
      {rows.map((row) => (
        <div key={row.key} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
