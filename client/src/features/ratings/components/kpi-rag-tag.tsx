import type { KpiRag } from '@/api/delivery-tracker-client';
import { Tag } from '@/components/govuk/tag';
import { kpiRagColours, kpiRagLabels } from '@/features/ratings/utils/rating-words';

/** A KPI's rating as a GOV.UK tag with words ("Stale", "To be agreed" are never shown as green). */
export function KpiRagTag({ rating, prefix }: { rating: KpiRag; prefix?: string }) {
  return (
    <Tag colour={kpiRagColours[rating]}>
      {prefix ? <span className="govuk-visually-hidden">{prefix} </span> : null}
      {kpiRagLabels[rating]}
    </Tag>
  );
}
