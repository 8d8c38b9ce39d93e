/**
 * An instant from the API (UTC, ISO 8601) as the time in London the GOV.UK way: `2 December 2026 at 1:37pm`.
 * Instants (when an update was posted) are shown in London time because that is the service's day ("today" is the
 * Europe/London date), so a post at 00:30 BST on 1 April reads as 1 April, not 31 March. Text that is not a
 * timestamp is returned unchanged.
 */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  const period = String(parts.dayPeriod ?? '').toLowerCase().replace(/\s|\./g, '');
  const hour = parts.hour === '0' ? '12' : parts.hour;
  return `${parts.day} ${parts.month} ${parts.year} at ${hour}:${parts.minute}${period}`;
}
