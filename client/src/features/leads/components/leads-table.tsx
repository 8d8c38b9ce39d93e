import { Link } from 'react-router';

import type { LeadDto } from '@/api/delivery-tracker-client';
import { Table, type TableColumn } from '@/components/govuk/table';
import { Tag } from '@/components/govuk/tag';
import { paths } from '@/config/paths';
import { leadKindWords } from '@/features/leads/utils/lead-kinds';

const columns: TableColumn<LeadDto>[] = [
  {
    key: 'name',
    header: 'Name',
    rowHeader: true,
    cell: (lead) => (
      <Link className="govuk-link" to={paths.leads.edit.getHref(lead.id)}>
        {lead.name}
      </Link>
    ),
  },
  { key: 'kind', header: 'Kind', cell: (lead) => leadKindWords[lead.kind] },
  {
    key: 'organisation',
    header: 'Belongs to',
    cell: (lead) =>
      lead.organisationId && lead.organisationName ? (
        <Link className="govuk-link" to={paths.leads.edit.getHref(lead.organisationId)}>
          {lead.organisationName}
        </Link>
      ) : (
        'None'
      ),
  },
  { key: 'email', header: 'Email address', cell: (lead) => lead.email ?? 'Not given' },
  { key: 'account', header: 'Account', cell: (lead) => (lead.userId ? 'Yes' : 'No') },
  { key: 'open', header: 'Open actions', numeric: true, cell: (lead) => lead.openActionCount },
  {
    key: 'overdue',
    header: 'Overdue',
    numeric: true,
    // A tag with the number in words, so an overdue count stands out without relying on colour.
    cell: (lead) => (lead.overdueActionCount > 0 ? <Tag colour="red">{lead.overdueActionCount} overdue</Tag> : 0),
  },
];

/** One row per lead: who they are, where they belong, whether they can sign in, and how much they have on. */
export function LeadsTable({ leads }: { leads: readonly LeadDto[] }) {
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Leads table">
      <Table caption="Leads" captionHidden columns={columns} rows={leads} getRowKey={(lead) => lead.id} />
    </div>
  );
}
