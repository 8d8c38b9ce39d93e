import type { ActionNodeDto } from '@/api/delivery-tracker-client';
import { Table, type TableColumn } from '@/components/govuk/table';
import { ActionStatusTag } from '@/features/plans/components/action-status-tag';
import { LeadsList } from '@/features/plans/components/leads-list';
import { TimescaleText } from '@/features/plans/components/timescale-text';

const columns: TableColumn<ActionNodeDto>[] = [
  { key: 'reference', header: 'Reference', cell: (action) => action.referenceCode, rowHeader: true, className: 'app-table__cell--nowrap' },
  { key: 'action', header: 'Action', cell: (action) => action.text, className: 'govuk-!-width-one-third' },
  { key: 'leads', header: 'Leads', cell: (action) => <LeadsList leads={action.leads} leadToBeAgreed={action.leadToBeAgreed} /> },
  { key: 'timescale', header: 'Timescale', cell: (action) => <TimescaleText timescale={action.timescale} /> },
  { key: 'status', header: 'Status', cell: (action) => <ActionStatusTag status={action.status} /> },
  {
    key: 'recommendations',
    header: 'Recommendations',
    cell: (action) => (action.recommendationNumbers.length > 0 ? action.recommendationNumbers.join(', ') : 'None'),
  },
];

type ActionsTableProps = {
  /** Names the table for assistive technology; the objective heading above names it visually. */
  caption: string;
  actions: readonly ActionNodeDto[];
};

export function ActionsTable({ caption, actions }: ActionsTableProps) {
  return <Table caption={caption} captionHidden columns={columns} rows={actions} getRowKey={(action) => action.id} />;
}
