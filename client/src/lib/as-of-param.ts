import { dateParts, toIsoDate } from '@/lib/date-parts';

/**
 * The dashboard's `?asOf=` as the API may be asked for it: a real date from 2000-01-01 to today. Anything else (typed
 * into the address bar, or a bookmark from the future) is left out, so the page shows today rather than an error.
 */
export function readAsOfParam(value: string | null, today: string): string | undefined {
  if (!value) return undefined;
  const iso = toIsoDate(dateParts(value));
  if (!iso || iso !== value || iso > today || iso < '2000-01-01') return undefined;
  return iso;
}
