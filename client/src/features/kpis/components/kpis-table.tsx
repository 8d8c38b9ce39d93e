import { Link } from 'react-router';

import type { KpiSummaryDto } from '@/api/delivery-tracker-client';
import { ScrollableTable } from '@/components/govuk/scrollable-table';
import { Table } from '@/components/govuk/table';
import { paths } from '@/config/paths';
import { formatKpiValue, formatOptionalKpiValue } from '@/features/kpis/utils/format-kpi-value';
import { KpiRagTag } from '@/features/ratings/components/kpi-rag-tag';

/** The KPIs list: each KPI's rating with its reason, latest figure and period, target and owner. */
export function KpisTable({ kpis, caption }: { kpis: readonly KpiSummaryDto[]; caption: string }) {
  return (
    <ScrollableTable label={caption}>
      <Table
        caption={caption}
        captionHidden
        rows={kpis}
        getRowKey={(kpi) => kpi.id}
        columns={[
          {
            key: 'name',
            header: 'KPI',
            rowHeader: true,
            cell: (kpi) => (
              <>
                <Link className="govuk-link" to={paths.kpis.kpi.getHref(kpi.id)}>
                  {kpi.name}
                </Link>
                <br />
                <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">{kpi.code}</span>
              </>
            ),
          },
          {
            key: 'rating',
            header: 'Rating',
            cell: (kpi) => (
              <>
                <KpiRagTag rating={kpi.rating.rag} />
                <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">{kpi.rating.reason}</p>
              </>
            ),
          },
          {
            key: 'latest',
            header: 'Latest figure',
            cell: (kpi) =>
              kpi.latestMeasurement ? (
                <>
                  {formatKpiValue(kpi.latestMeasurement.value, kpi.unit)}
                  <br />
                  <span className="govuk-body-s">{kpi.latestMeasurement.periodLabel}</span>
                </>
              ) : (
                'None yet'
              ),
          },
          { key: 'target', header: 'Target', cell: (kpi) => formatOptionalKpiValue(kpi.target, kpi.unit) },
          { key: 'owner', header: 'Owner', cell: (kpi) => kpi.ownerName ?? 'No owner' },
        ]}
      />
    </ScrollableTable>
  );
}
