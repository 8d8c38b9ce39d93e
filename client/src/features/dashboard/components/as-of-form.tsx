import { useState, type FormEvent } from 'react';

import { Button } from '@/components/govuk/button';
import { DateInput } from '@/components/govuk/date-input';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { dateParts, toIsoDate } from '@/lib/date-parts';

export const asOfFieldId = 'dashboard-as-of';

type AsOfFormProps = {
  /** The date the figures are for, `yyyy-mm-dd`. */
  asOf: string;
  /** The latest date the API rates as at: today in London. */
  today: string;
  /** Called with a valid date when the user presses "Show"; the page puts it in the URL. */
  onShow: (asOf: string) => void;
  /** Tells the page the form has an error, so its title can say so. */
  onErrorChange?: (hasError: boolean) => void;
};

/**
 * "Show the dashboard as at": a GOV.UK date input and a button. Boards review as at a quarter end, so any past date
 * may be chosen; the API rates as at dates up to today, so the form says so rather than sending a future date.
 */
export function AsOfForm({ asOf, today, onShow, onErrorChange }: AsOfFormProps) {
  const [parts, setParts] = useState(() => dateParts(asOf));
  const [error, setError] = useState<string | undefined>();

  function fail(message: string | undefined) {
    setError(message);
    onErrorChange?.(message !== undefined);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const iso = toIsoDate(parts);
    if (!iso) return fail('Enter a real date, for example 31 3 2020');
    if (iso > today) return fail('The date must be today or in the past');
    if (iso < '2000-01-01') return fail('The date must be in 2000 or later');
    fail(undefined);
    onShow(iso);
  }

  return (
    <>
      {error ? <ErrorSummary items={[{ text: error, href: `#${asOfFieldId}` }]} /> : null}
      <form noValidate onSubmit={handleSubmit} aria-label="Date the figures are for">
        <DateInput
          id={asOfFieldId}
          name="asOf"
          legend="Show the figures as at"
          hint="For example, 31 3 2020 for a board meeting on the quarter end. Every figure on this page is for that date."
          value={parts}
          onChange={setParts}
          error={error}
        />
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </form>
    </>
  );
}
