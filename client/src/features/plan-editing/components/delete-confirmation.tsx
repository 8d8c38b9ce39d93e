import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Button } from '@/components/govuk/button';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { SummaryList, type SummaryListRow } from '@/components/govuk/summary-list';
import { WarningText } from '@/components/govuk/warning-text';
import { problemToFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiProblemError } from '@/lib/api-client';

type DeleteConfirmationProps = {
  /** What is deleted, as the heading and button say it: "theme SYV". */
  what: string;
  /** The kind alone, for the button: "theme". */
  kind: string;
  caption: string;
  rows: SummaryListRow[];
  /** Why the API would refuse the delete (dependents it keeps), with what they are; null when nothing stands in the way. */
  blocker: ReactNode | null;
  /** What goes with the item when it is deleted. */
  goesWith: string;
  cancelHref: string;
  onDelete: () => void;
  pending: boolean;
  /** The delete's error: the API's problem (409 naming dependents that appeared meanwhile), or a 412. */
  error: unknown;
};

/**
 * The "Are you sure" step before a delete: what the item is, what goes with it, a GOV.UK warning button, and a way
 * back. Where the API keeps the item while it has dependents, the step says so and lists them instead of offering
 * a button that would be refused; if the API refuses anyway (someone added one meanwhile), its problem is shown.
 */
export function DeleteConfirmation({ what, kind, caption, rows, blocker, goesWith, cancelHref, onDelete, pending, error }: DeleteConfirmationProps) {
  const errors = problemToFormErrors(error, [], { generalErrorHref: '#delete-button' });
  const summaryItems =
    isApiProblemError(error) && error.status === 412
      ? [{ text: `Someone else changed the ${kind} while you were looking. Check it below, then delete it if you still want to.`, href: '#delete-button' }]
      : errors.summaryItems;
  usePageTitle(errors.hasErrors ? `Error: Delete ${what}` : `Delete ${what}`);

  return (
    <>
      {errors.hasErrors ? <ErrorSummary items={summaryItems} /> : null}
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-l">Are you sure you want to delete {what}?</h1>
      <SummaryList rows={rows} />
      {blocker ? (
        <>
          {blocker}
          <p className="govuk-body">
            <Link className="govuk-link" to={cancelHref}>
              Back to the plan structure
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="govuk-body">{goesWith}</p>
          <WarningText>You cannot undo this.</WarningText>
          <div className="govuk-button-group">
            <Button id="delete-button" variant="warning" disabled={pending} onClick={onDelete}>
              Delete {kind}
            </Button>
            <Link className="govuk-link" to={cancelHref}>
              Cancel
            </Link>
          </div>
        </>
      )}
    </>
  );
}
