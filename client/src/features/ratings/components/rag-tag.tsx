import type { RagRating } from '@/api/delivery-tracker-client';
import { Tag } from '@/components/govuk/tag';
import { ragColours, ragLabels } from '@/features/ratings/utils/rating-words';

type RagTagProps = {
  /** The rating; null or undefined for a cancelled action, which carries none. */
  rating: RagRating | null | undefined;
  /** Words read out before the rating, e.g. "Effective rating:", for a tag whose column header is not enough. */
  prefix?: string;
};

/** An action's RAG rating as a GOV.UK tag with words; the same words and colour on every page. */
export function RagTag({ rating, prefix }: RagTagProps) {
  const words = rating ? ragLabels[rating] : 'Not rated (cancelled)';
  return (
    <Tag colour={rating ? ragColours[rating] : 'grey'}>
      {prefix ? <span className="govuk-visually-hidden">{prefix} </span> : null}
      {words}
    </Tag>
  );
}
