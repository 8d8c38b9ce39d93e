import { Link, useSearchParams } from 'react-router';

import { PermissionDenied } from '@/components/errors/permission-denied';
import { FlashBanner } from '@/components/states/flash-banner';
import { QueryState } from '@/components/states/query-state';
import { paths, queryString } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canEditPlans } from '@/features/auth/utils/permissions';
import { useLeads, useOrganisations, type LeadListFilter } from '@/features/leads/api/list-leads';
import { LeadFilterForm } from '@/features/leads/components/lead-filter-form';
import { LeadsTable } from '@/features/leads/components/leads-table';
import { isLeadKind } from '@/features/leads/utils/lead-kinds';
import { usePageTitle } from '@/hooks/use-page-title';

/** The leads list for programme managers, filtered by the query string (`q`, `kind`, `organisationId`) the API takes. */
export function LeadsListRoute() {
  const user = useCurrentUser();
  if (!canEditPlans(user.data)) return <PermissionDenied who="programme managers" />;
  return <LeadsListPage />;
}

function readFilter(search: URLSearchParams): LeadListFilter {
  const kind = search.get('kind');
  return {
    q: search.get('q') || undefined,
    kind: isLeadKind(kind) ? kind : undefined,
    organisationId: search.get('organisationId') || undefined,
  };
}

function LeadsListPage() {
  usePageTitle('Leads');
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = readFilter(searchParams);
  const leads = useLeads(filter);
  const organisations = useOrganisations();
  const organisation = organisations.data?.find((candidate) => candidate.id === filter.organisationId);
  const filtered = Boolean(filter.q || filter.kind || filter.organisationId);

  return (
    <>
      <FlashBanner />
      <h1 className="govuk-heading-xl">Leads</h1>
      <p className="govuk-body-l">Everyone who leads actions: people, teams, roles, partner organisations and boards.</p>
      <Link className="govuk-button" to={paths.leads.new.getHref()} role="button" draggable={false}>
        Add a lead
      </Link>
      {/* Keyed by the query string, so Back and "Clear filters" show the filter the list is using. */}
      <LeadFilterForm
        key={searchParams.toString()}
        filter={filter}
        organisations={organisations.data ?? []}
        onApply={(next) => setSearchParams(queryString(next))}
      />
      {organisation ? (
        <>
          <h2 className="govuk-heading-m">Who belongs to {organisation.name}</h2>
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.leads.edit.getHref(organisation.id)}>
              Change {organisation.name}
            </Link>
          </p>
        </>
      ) : null}
      <QueryState
        query={leads}
        loading="Loading leads…"
        isEmpty={(items) => items.length === 0}
        empty={<p className="govuk-body">{filtered ? 'No leads match these filters.' : 'There are no leads yet.'}</p>}
      >
        {(items) => (
          <>
            <p className="govuk-body" role="status">
              {items.length} {items.length === 1 ? 'lead' : 'leads'}
              {filtered ? ' match these filters' : ''}
            </p>
            <LeadsTable leads={items} />
          </>
        )}
      </QueryState>
    </>
  );
}
