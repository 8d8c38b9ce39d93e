import { Link } from 'react-router';

import type { ReminderDto } from '@/api/delivery-tracker-client';
import { ScrollableTable } from '@/components/govuk/scrollable-table';
import { Table, type TableColumn } from '@/components/govuk/table';
import { Tag } from '@/components/govuk/tag';
import { paths } from '@/config/paths';
import { deliveredViaText, reminderKindNames, reminderReason, reminderStateTags } from '@/features/reminders/utils/reminder-words';
import { formatDateTime } from '@/lib/format-date-time';

/** How delivery went, in words: when and how it arrived, and the last failure if there was one. */
function Delivery({ reminder }: { reminder: ReminderDto }) {
  const tag = reminderStateTags[reminder.state];
  return (
    <>
      <Tag colour={tag.colour}>{tag.text}</Tag>
      {reminder.deliveredAt ? (
        <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
          Sent {deliveredViaText(reminder.deliveredVia) || 'in the service'} on {formatDateTime(reminder.deliveredAt)}
        </p>
      ) : null}
      {reminder.state === 'Withdrawn' ? (
        <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">The action was completed or cancelled before it was sent.</p>
      ) : null}
      {reminder.lastFailure ? (
        <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0 app-break-anywhere">
          Last failure{reminder.lastFailureAt ? ` on ${formatDateTime(reminder.lastFailureAt)}` : ''}: {reminder.lastFailure}
        </p>
      ) : null}
    </>
  );
}

const columns: TableColumn<ReminderDto>[] = [
  {
    key: 'action',
    header: 'Action',
    rowHeader: true,
    cell: (reminder) => (
      <>
        <Link className="govuk-link" to={paths.actions.action.getHref(reminder.actionId)}>
          {reminder.referenceCode}
        </Link>
        <span className="govuk-body-s app-secondary-text govuk-!-display-block">{reminder.actionText}</span>
      </>
    ),
  },
  { key: 'recipient', header: 'Sent to', cell: (reminder) => reminder.recipientName },
  {
    key: 'why',
    header: 'Why',
    cell: (reminder) => (
      <>
        <span className="govuk-!-font-weight-bold">{reminderKindNames[reminder.kind]}</span>
        <span className="govuk-body-s govuk-!-display-block">{reminderReason(reminder)}</span>
      </>
    ),
  },
  { key: 'recorded', header: 'Recorded', cell: (reminder) => formatDateTime(reminder.createdAt) },
  { key: 'delivery', header: 'Delivery', cell: (reminder) => <Delivery reminder={reminder} /> },
];

/** The reminders log as a GOV.UK table, newest first, scrolling sideways on a narrow screen. */
export function RemindersTable({ reminders }: { reminders: readonly ReminderDto[] }) {
  return (
    <ScrollableTable label="Reminders">
      <Table caption="Reminders" captionHidden columns={columns} rows={reminders} getRowKey={(reminder) => reminder.id} />
    </ScrollableTable>
  );
}
