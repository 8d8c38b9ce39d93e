import { memo, type ReactNode } from 'react';
import { Link } from 'react-router';

import type { ActionSummaryDto } from '@/api/delivery-tracker-client';
import { paths } from '@/config/paths';
import { effectiveReasonText } from '@/features/actions/utils/rating-reason';
import { primaryLeadName } from '@/features/actions/utils/primary-lead';
import { ActionStatusTag } from '@/features/plans/components/action-status-tag';
import { RagTag } from '@/features/ratings/components/rag-tag';
import { formatIsoDate } from '@/lib/format-date';

/** A column a page adds after the standard ones, e.g. "Post an update" on My actions. Define it once, outside render. */
export type ExtraActionColumn = {
  header: string;
  cell: (action: ActionSummaryDto) => ReactNode;
};

type ActionRowProps = {
  action: ActionSummaryDto;
  extraColumn: ExtraActionColumn | undefined;
};

// Memoised: a plan of 1,000 actions re-renders only the rows whose data changed, not every row on each parent render.
const ActionRow = memo(function ActionRow({ action, extraColumn }: ActionRowProps) {
  const { rating } = action;
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header app-table__cell--nowrap" data-label="Reference">
        <Link className="govuk-link" to={paths.actions.action.getHref(action.id)}>
          {action.referenceCode}
        </Link>
      </th>
      <td className="govuk-table__cell app-action-table__text" data-label="Action">
        {action.text}
      </td>
      <td className="govuk-table__cell" data-label="Rating">
        <RagTag rating={rating.effective} />
        <span className="app-action-table__reason">{effectiveReasonText(rating)}</span>
      </td>
      <td className="govuk-table__cell" data-label="Status">
        <ActionStatusTag status={action.status} />
      </td>
      <td className="govuk-table__cell app-table__cell--nowrap" data-label="Due">
        {rating.dueDate ? formatIsoDate(rating.dueDate) : 'No due date'}
      </td>
      <td className="govuk-table__cell" data-label="Lead">
        {primaryLeadName(action)}
      </td>
      {extraColumn ? (
        <td className="govuk-table__cell" data-label={extraColumn.header}>
          {extraColumn.cell(action)}
        </td>
      ) : null}
    </tr>
  );
});

type ActionRowsTableProps = {
  /** Names the table for assistive technology; hidden when a heading above names it visually. */
  caption: string;
  captionHidden?: boolean;
  actions: readonly ActionSummaryDto[];
  extraColumn?: ExtraActionColumn;
};

/**
 * Actions as rows: reference (a link to the action), text, effective rating with its reason, status, the due date the
 * rating judges, and the primary lead. Below the tablet breakpoint each row stacks into a block with each cell
 * labelled (`data-label`), so nothing overflows at 320 px.
 */
export const ActionRowsTable = memo(function ActionRowsTable({ caption, captionHidden = true, actions, extraColumn }: ActionRowsTableProps) {
  return (
    <table className="govuk-table app-action-table">
      <caption className={captionHidden ? 'govuk-table__caption govuk-visually-hidden' : 'govuk-table__caption govuk-table__caption--m'}>
        {caption}
      </caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Reference
          </th>
          <th scope="col" className="govuk-table__header">
            Action
          </th>
          <th scope="col" className="govuk-table__header">
            Rating
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header">
            Due
          </th>
          <th scope="col" className="govuk-table__header">
            Lead
          </th>
          {extraColumn ? (
            <th scope="col" className="govuk-table__header">
              {extraColumn.header}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {actions.map((action) => (
          <ActionRow key={action.id} action={action} extraColumn={extraColumn} />
        ))}
      </tbody>
    </table>
  );
});
