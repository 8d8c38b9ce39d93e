import type { TimescaleDto } from '@/api/delivery-tracker-client';
import { describeTimescale } from '@/features/plans/utils/describe-timescale';

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1);
}

/** An action's timescale: the text exactly as written, then what it was read as ("September 2019 — due 30 September 2019"). */
export function TimescaleText({ timescale }: { timescale: TimescaleDto }) {
  const reading = describeTimescale(timescale);
  const raw = timescale.raw?.trim();
  if (!raw) {
    return <span>{timescale.kind === 'Unknown' ? 'Not given' : capitalise(reading)}</span>;
  }
  return (
    <span>
      {raw} <span className="app-timescale__reading">— {reading}</span>
    </span>
  );
}
