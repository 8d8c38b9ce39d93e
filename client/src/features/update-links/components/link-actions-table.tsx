import { Link } from 'react-router';

import type { UpdateLinkActionDto } from '@/api/delivery-tracker-client';
import { Table } from '@/components/govuk/table';
import { paths } from '@/config/paths';
import { ActionStatusTag } from '@/features/plans/components/action-status-tag';
import { formatIsoDate } from '@/lib/format-date';
import { formatDateTime } from '@/lib/format-date-time';

/** The actions a signed link covers, each with its status, due date, last update and a link to post an update on it. */
export function LinkActionsTable({ actions }: { actions: readonly UpdateLinkActionDto[] }) {
  return (
    <Table
      caption="Your actions"
      captionHidden
      rows={actions}
      getRowKey={(action) => action.id}
      columns={[
        {
          key: 'action',
          header: 'Action',
          rowHeader: true,
          cell: (action) => (
            <>
              <span className="govuk-!-font-weight-bold">{action.referenceCode}</span>
              <br />
              <span className="govuk-!-font-weight-regular">{action.text}</span>
            </>
          ),
        },
        { key: 'status', header: 'Status', cell: (action) => <ActionStatusTag status={action.status} /> },
        { key: 'due', header: 'Due', cell: (action) => (action.dueDate ? formatIsoDate(action.dueDate) : 'No due date') },
        { key: 'updated', header: 'Last update', cell: (action) => (action.lastProgressAt ? formatDateTime(action.lastProgressAt) : 'None yet') },
        {
          key: 'post',
          header: <span className="govuk-visually-hidden">Post an update</span>,
          cell: (action) => (
            <Link className="govuk-link" to={paths.updateLink.getHref(action.id)}>
              Post an update <span className="govuk-visually-hidden">on {action.referenceCode}</span>
            </Link>
          ),
        },
      ]}
    />
  );
}
