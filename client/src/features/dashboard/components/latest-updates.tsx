import { Link } from 'react-router';

import { ScrollableTable } from '@/components/govuk/scrollable-table';
import { Table } from '@/components/govuk/table';
import { paths } from '@/config/paths';
import type { LatestProgressUpdateDto } from '@/api/delivery-tracker-client';
import { londonDate } from '@/lib/london-date';
import { ActionStatusTag } from '@/features/plans/components/action-status-tag';
import { RagTag } from '@/features/ratings/components/rag-tag';
import { formatIsoDate } from '@/lib/format-date';


/** The most recent progress updates on or before the date: which action, who, when and the status they gave. */
export function LatestUpdates({ updates, asOf }: { updates: readonly LatestProgressUpdateDto[]; asOf: string }) {
  if (updates.length === 0) return <p className="govuk-body">No progress updates had been posted by {formatIsoDate(asOf)}.</p>;
  const caption = `Latest progress updates on or before ${formatIsoDate(asOf)}`;
  return (
    <ScrollableTable label={caption}>
      <Table
        caption={caption}
        captionHidden
        rows={updates}
        getRowKey={(update) => update.id}
        columns={[
          {
            key: 'action',
            header: 'Action',
            rowHeader: true,
            cell: (update) => (
              <>
                <Link className="govuk-link" to={paths.actions.action.getHref(update.actionId)}>
                  {update.referenceCode}
                </Link>
                <br />
                <span className="govuk-body-s">{update.actionText}</span>
              </>
            ),
          },
          { key: 'who', header: 'Posted by', cell: (update) => update.authorName },
          { key: 'when', header: 'Date', className: 'app-table__cell--nowrap', cell: (update) => formatIsoDate(londonDate(new Date(update.postedAt))) },
          { key: 'status', header: 'Status', cell: (update) => <ActionStatusTag status={update.status} /> },
          {
            key: 'rating',
            header: 'Reported rating',
            cell: (update) => (update.reportedRag ? <RagTag rating={update.reportedRag} /> : 'None given'),
          },
        ]}
      />
    </ScrollableTable>
  );
}
