import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import type { LeadDto } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import { paths } from '@/config/paths';
import type { LeadListFilter } from '@/features/leads/api/list-leads';
import { isLeadKind, leadKinds } from '@/features/leads/utils/lead-kinds';

type LeadFilterFormProps = {
  filter: LeadListFilter;
  organisations: readonly Pick<LeadDto, 'id' | 'name'>[];
  /** Called with the new filter when the user applies it; the page keeps it in the URL. */
  onApply: (filter: LeadListFilter) => void;
};

/**
 * Name search, kind and organisation. Applied with the button, not on every key or choice: the list then changes
 * only when the user asks, which suits screen reader and keyboard users (GOV.UK's advice for filters).
 */
export function LeadFilterForm({ filter, organisations, onApply }: LeadFilterFormProps) {
  const [q, setQ] = useState(filter.q ?? '');
  const [kind, setKind] = useState<string>(filter.kind ?? '');
  const [organisationId, setOrganisationId] = useState(filter.organisationId ?? '');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({ q: q.trim() || undefined, kind: isLeadKind(kind) ? kind : undefined, organisationId: organisationId || undefined });
  }

  const active = Boolean(filter.q || filter.kind || filter.organisationId);
  return (
    <form role="search" aria-label="Filter leads" noValidate onSubmit={handleSubmit}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <Input id="filter-q" name="q" type="search" label="Name contains" value={q} onChange={setQ} spellCheck={false} />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="filter-kind"
            name="kind"
            label="Kind"
            options={[{ value: '', text: 'All kinds' }, ...leadKinds.map((item) => ({ value: item.value, text: item.text }))]}
            value={kind}
            onChange={setKind}
          />
        </div>
        <div className="govuk-grid-column-one-third">
          <Select
            id="filter-organisation"
            name="organisationId"
            label="Belongs to"
            options={[{ value: '', text: 'Any organisation' }, ...organisations.map((organisation) => ({ value: organisation.id, text: organisation.name }))]}
            value={organisationId}
            onChange={setOrganisationId}
          />
        </div>
      </div>
      <div className="govuk-button-group">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        {active ? (
          <Link className="govuk-link" to={paths.leads.list.getHref()}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
