/** A date as typed into a GOV.UK date input: three strings, possibly incomplete. */
export type DateParts = { day: string; month: string; year: string };

export const emptyDateParts: DateParts = { day: '', month: '', year: '' };

/** The parts of an ISO date ("2020-03-31" → 31, 3, 2020); empty parts for no date. */
export function dateParts(iso: string | null | undefined): DateParts {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!match) return emptyDateParts;
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

/**
 * The ISO date ("yyyy-mm-dd") the parts make, '' when all are blank, or null when they are not a real date
 * (31 February, a two-digit year), so a form can say so before asking the API.
 */
export function toIsoDate(parts: DateParts): string | null {
  const [day, month, year] = [parts.day.trim(), parts.month.trim(), parts.year.trim()];
  if (day === '' && month === '' && year === '') return '';
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCFullYear() !== Number(year) || date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
