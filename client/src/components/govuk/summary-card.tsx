import type { ReactNode } from 'react';

type SummaryCardProps = {
  /** The card's heading. */
  title: ReactNode;
  headingLevel?: 2 | 3;
  /** Shown beside the title, e.g. a status tag. */
  titleExtra?: ReactNode;
  /** The card's content, usually a summary list. */
  children: ReactNode;
  id?: string;
};

/** GOV.UK summary card (`govuk-summary-card`): a titled box around a summary list, one per item of a set. */
export function SummaryCard({ title, headingLevel = 2, titleExtra, children, id }: SummaryCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="govuk-summary-card" id={id}>
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">{title}</Heading>
        {titleExtra ? <div className="govuk-summary-card__actions">{titleExtra}</div> : null}
      </div>
      <div className="govuk-summary-card__content">{children}</div>
    </div>
  );
}
