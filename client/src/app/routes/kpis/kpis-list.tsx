import { useNavigate, useSearchParams } from 'react-router';

import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { useAllKpis } from '@/features/kpis/api/list-kpis';
import { KpiFilterForm } from '@/features/kpis/components/kpi-filter-form';
import { KpisTable } from '@/features/kpis/components/kpis-table';
import { isKpiFilterActive, kpiListFilterFromSearch, kpiListFilterToQuery } from '@/features/kpis/utils/kpi-list-filter';
import { usePlans } from '@/features/plans/api/list-plans';
import { usePageTitle } from '@/hooks/use-page-title';

/**
 * `/kpis`: every KPI with its rating (in words, with the reason), latest figure, target and owner, filtered by the API
 * with the filters kept in the URL.
 */
export function KpisListRoute() {
  usePageTitle('KPIs');
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const filter = kpiListFilterFromSearch(search);
  const kpis = useAllKpis(filter);
  const plans = usePlans();
  const filtered = isKpiFilterActive(filter);

  return (
    <>
      <h1 className="govuk-heading-xl">KPIs</h1>
      <p className="govuk-body-l">Key performance indicators, rated today against their targets.</p>
      {/* Keyed by the query string, so going back in history shows the filter that URL holds. */}
      <KpiFilterForm
        key={search.toString()}
        filter={filter}
        plans={plans.data?.items ?? []}
        onApply={(next) => void navigate(paths.kpis.list.getHref(kpiListFilterToQuery(next)))}
      />
      <QueryState
        query={kpis}
        loading="Loading the KPIs…"
        isEmpty={(items) => items.length === 0}
        empty={
          <>
            <h2 className="govuk-heading-m">No KPIs found</h2>
            <p className="govuk-body">{filtered ? 'No KPI matches these filters. Change or clear the filters.' : 'There are no KPIs yet.'}</p>
          </>
        }
      >
        {(items) => (
          <>
            <p className="govuk-body" role="status">
              {items.length === 1 ? '1 KPI' : `${items.length} KPIs`}
              {filtered ? ' match these filters' : ''}
            </p>
            <KpisTable kpis={items} caption="KPIs with their ratings, latest figures and targets" />
          </>
        )}
      </QueryState>
    </>
  );
}
