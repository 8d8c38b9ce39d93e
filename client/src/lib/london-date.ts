/**
 * The London date (`yyyy-mm-dd`) of an instant, today by default: the date the API rates "as at" unless told otherwise,
 * so the dashboard's date input starts on the day its figures are for, wherever the browser is.
 */
export function londonDate(instant: Date = new Date()): string {
  // en-CA writes dates as yyyy-mm-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
