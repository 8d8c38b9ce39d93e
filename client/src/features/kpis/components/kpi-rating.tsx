import type { KpiRatingDto } from '@/api/delivery-tracker-client';
import { KpiRagTag } from '@/features/ratings/components/kpi-rag-tag';
import { formatIsoDate } from '@/lib/format-date';

/** The KPI's rating today, its reason in words and when the next figure is due. */
export function KpiRating({ rating }: { rating: KpiRatingDto }) {
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body govuk-!-margin-bottom-2">
        <KpiRagTag rating={rating.rag} prefix="Rating:" />
      </p>
      <p className="govuk-body govuk-!-margin-bottom-1">{rating.reason}</p>
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        Rated as at {formatIsoDate(rating.asOf)}
        {rating.nextExpectedBy ? `; the next figure is expected by ${formatIsoDate(rating.nextExpectedBy)}` : ''}.
      </p>
    </div>
  );
}
