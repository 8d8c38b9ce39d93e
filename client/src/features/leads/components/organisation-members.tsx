import { Link } from 'react-router';

import type { LeadDto } from '@/api/delivery-tracker-client';
import { queryString, paths } from '@/config/paths';
import { QueryState } from '@/components/states/query-state';
import { Table } from '@/components/govuk/table';
import { useLeads } from '@/features/leads/api/list-leads';
import { leadKindWords } from '@/features/leads/utils/lead-kinds';

/** "Who belongs to which": the leads that belong to an organisation, each linked to its own page, and a way to add one. */
export function OrganisationMembers({ organisation }: { organisation: Pick<LeadDto, 'id' | 'name'> }) {
  const members = useLeads({ organisationId: organisation.id });
  return (
    <section aria-labelledby="organisation-members-heading">
      <h2 className="govuk-heading-l" id="organisation-members-heading">
        Who belongs to {organisation.name}
      </h2>
      <QueryState
        query={members}
        loading="Loading the organisation's people…"
        isEmpty={(leads) => leads.length === 0}
        empty={<p className="govuk-body">Nobody belongs to {organisation.name} yet.</p>}
      >
        {(leads) => (
          <div className="app-table-scroll" tabIndex={0} role="region" aria-label={`Leads that belong to ${organisation.name}, table`}>
          <Table
            caption={`Leads that belong to ${organisation.name}`}
            captionHidden
            columns={[
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
              { key: 'email', header: 'Email address', cell: (lead) => lead.email ?? 'Not given' },
            ]}
            rows={leads}
            getRowKey={(lead) => lead.id}
          />
          </div>
        )}
      </QueryState>
      <p className="govuk-body">
        <Link className="govuk-link" to={`${paths.leads.new.getHref()}${queryString({ organisationId: organisation.id })}`}>
          Add a lead to {organisation.name}
        </Link>
      </p>
    </section>
  );
}
