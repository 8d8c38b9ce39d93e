import { useEffect, useRef } from 'react';

import { Button } from '@/components/govuk/button';
import { Table } from '@/components/govuk/table';
import type { FieldChange } from '@/features/conflicts/utils/conflict';

type ConflictPanelProps = {
  /** What was being changed, e.g. "this action". */
  what: string;
  /** Who changed it and when, if the resource says ("Ann Lee at 10:42"). */
  changes: readonly FieldChange[];
  /** Save the user's edit on top of the other person's version (their values are kept in the form). */
  onReapply: () => void;
  /** Throw the edit away and start again from the current version. */
  onDiscard: () => void;
};

/**
 * The page a stale write lands on (412): what the other person changed, side by side with what the user was saving,
 * and the two ways on. The user's own values stay in the form, so "Save my changes again" loses nothing.
 */
export function ConflictPanel({ what, changes, onReapply, onDiscard }: ConflictPanelProps) {
  // Focus moves to the panel when it appears, as it does to an error summary, so keyboard and screen-reader users
  // start from what happened rather than from the button they pressed.
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className="govuk-error-summary" role="alert" aria-labelledby="conflict-title" tabIndex={-1}>
      <h2 className="govuk-error-summary__title" id="conflict-title">
        Someone else changed {what} while you were editing
      </h2>
      <div className="govuk-error-summary__body">
        {changes.length > 0 ? (
          <Table
            caption="What they changed"
            captionSize="s"
            columns={[
              { key: 'field', header: 'Field', cell: (change) => change.label, rowHeader: true },
              { key: 'before', header: 'Before', cell: (change) => change.before || 'None' },
              { key: 'theirs', header: 'Their change', cell: (change) => change.theirs || 'None' },
              { key: 'mine', header: 'Your change', cell: (change) => change.mine || 'None' },
            ]}
            rows={changes}
            getRowKey={(change) => change.label}
          />
        ) : (
          <p className="govuk-body">They changed something you cannot see on this page.</p>
        )}
        <p className="govuk-body">Your changes have not been saved. Save them again to replace theirs, or start again from their version.</p>
        <div className="govuk-button-group">
          <Button onClick={onReapply}>Save my changes again</Button>
          <Button variant="secondary" onClick={onDiscard}>
            Discard my changes
          </Button>
        </div>
      </div>
    </div>
  );
}
