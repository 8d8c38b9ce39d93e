const months = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/**
 * Formats an ISO date (`2019-09-30`, or the date part of a timestamp) the GOV.UK way: `30 September 2019`.
 * Works on the digits only, never through `Date`, so a due date cannot shift a day with the time zone.
 * Text that is not an ISO date is returned unchanged.
 */
export function formatIsoDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = months[Number(month) - 1];
  if (!monthName) return iso;
  return `${Number(day)} ${monthName} ${year}`;
}

/** A period between two ISO dates, e.g. `1 April 2019 to 31 March 2022`. */
export function formatPeriod(startIso: string, endIso: string): string {
  return `${formatIsoDate(startIso)} to ${formatIsoDate(endIso)}`;
}
