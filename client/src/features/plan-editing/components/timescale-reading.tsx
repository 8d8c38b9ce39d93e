import { useParsedTimescale } from '@/features/plan-editing/api/parse-timescale';
import { useDebouncedValue } from '@/features/plan-editing/hooks/use-debounced-value';
import { describeTimescale } from '@/features/plans/utils/describe-timescale';

const confidenceWords = { High: 'high', Medium: 'medium', Low: 'low', None: 'no' } as const;

type TimescaleReadingProps = {
  id: string;
  planId: string;
  /** The timescale as the user is typing it. */
  text: string;
};

/**
 * How the API will read the timescale being typed, against the plan's period (`POST /timescales/parse`, once the
 * typing pauses): "Read as: due 30 September 2019 (high confidence)". A polite live region, so a screen reader hears
 * the reading without losing its place.
 */
export function TimescaleReading({ id, planId, text }: TimescaleReadingProps) {
  const settled = useDebouncedValue(text.trim());
  const reading = useParsedTimescale(planId, settled);
  let message = 'Type a timescale to see how it will be read, for example “September 2019”, “Ongoing” or “Annual”.';
  if (settled !== '' && reading.isError) message = 'The timescale could not be checked just now. It is still saved as written.';
  else if (settled !== '' && reading.data) {
    const timescale = reading.data;
    const note = timescale.note ? ` ${timescale.note}` : '';
    message =
      timescale.kind === 'Unknown'
        ? `Not recognised: it is saved as written and flagged for a programme manager to correct.${note}`
        : `Read as: ${describeTimescale(timescale)} (${confidenceWords[timescale.confidence]} confidence).${note}`;
  }
  return (
    <p id={id} className="govuk-body app-timescale__reading" role="status">
      {message}
    </p>
  );
}
