import type { ActionRatingDto } from '@/api/delivery-tracker-client';
import { RagTag } from '@/features/ratings/components/rag-tag';
import { formatDateTime } from '@/lib/format-date-time';
import { formatIsoDate } from '@/lib/format-date';

/**
 * The three ratings side by side, each with its reason: derived (from the schedule), reported (the lead's judgement
 * in the latest update) and effective (what the board counts). Columns on wide screens, stacked on narrow ones.
 */
export function ActionRatings({ rating }: { rating: ActionRatingDto }) {
  return (
    <div className="govuk-grid-row app-ratings">
      <section className="govuk-grid-column-one-third" aria-labelledby="rating-derived">
        <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id="rating-derived">
          Derived
        </h3>
        <p className="govuk-body govuk-!-margin-bottom-2">
          <RagTag rating={rating.derived} prefix="Derived rating:" />
        </p>
        <p className="govuk-body-s">
          {capitalise(rating.derivedReasonText)}
          {rating.dueDate ? <>. Judged against the due date {formatIsoDate(rating.dueDate)}.</> : '.'}
        </p>
      </section>
      <section className="govuk-grid-column-one-third" aria-labelledby="rating-reported">
        <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id="rating-reported">
          Reported
        </h3>
        {rating.reported ? (
          <>
            <p className="govuk-body govuk-!-margin-bottom-2">
              <RagTag rating={rating.reported} prefix="Reported rating:" />
            </p>
            <p className="govuk-body-s govuk-!-margin-bottom-1">
              Reported by the lead{rating.reportedAt ? ` on ${formatDateTime(rating.reportedAt)}` : ''}.
            </p>
            {rating.reportedJustification ? <p className="govuk-body-s">Justification: {rating.reportedJustification}</p> : null}
          </>
        ) : (
          <p className="govuk-body-s">No rating has been reported in a progress update.</p>
        )}
      </section>
      <section className="govuk-grid-column-one-third" aria-labelledby="rating-effective">
        <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id="rating-effective">
          Effective
        </h3>
        <p className="govuk-body govuk-!-margin-bottom-2">
          <RagTag rating={rating.effective} prefix="Effective rating:" />
        </p>
        <p className="govuk-body-s">
          {rating.effectiveSource === 'Reported'
            ? 'The reported rating, while it is fresh.'
            : 'The derived rating: there is no fresh reported rating.'}
        </p>
      </section>
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);
}
