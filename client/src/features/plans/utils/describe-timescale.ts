import type { TimescaleDto } from '@/api/delivery-tracker-client';
import { formatIsoDate } from '@/lib/format-date';

/**
 * Says in words what a timescale was read as, to show beside the raw text as written.
 * "September 2019" read as due 2019-09-30 → `due 30 September 2019`;
 * "March 2019 – March 2020" → `from 1 March 2019, due 31 March 2020`;
 * "KPI's to be agreed" → `to be agreed`; text the parser could not read → `not recognised`.
 */
export function describeTimescale(timescale: TimescaleDto): string {
  const start = timescale.startDate ? formatIsoDate(timescale.startDate) : undefined;
  const due = timescale.dueDate ? formatIsoDate(timescale.dueDate) : undefined;
  const reading = readingOf(timescale.kind, start, due);
  return timescale.isCorrected ? `${reading} (corrected)` : reading;
}

function readingOf(kind: TimescaleDto['kind'], start: string | undefined, due: string | undefined): string {
  switch (kind) {
    case 'ByDate':
      return due ? `due ${due}` : 'no due date';
    case 'Range':
      if (start && due) return `from ${start}, due ${due}`;
      return due ? `due ${due}` : start ? `from ${start}` : 'no due date';
    case 'StartOnly':
      return start ? `starts ${start}` : 'start only';
    case 'Ongoing':
      return start ? `ongoing from ${start}` : 'ongoing';
    case 'Recurring':
      if (start && due) return `recurring, ${start} to ${due}`;
      return due ? `recurring, until ${due}` : 'recurring';
    case 'ToBeAgreed':
      return 'to be agreed';
    case 'Unknown':
      return 'not recognised';
  }
}
