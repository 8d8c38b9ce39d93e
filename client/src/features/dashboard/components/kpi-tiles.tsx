import { useMemo } from 'react';
import { Link } from 'react-router';

import { ChartCanvas } from '@/components/charts/chart-canvas';
import { paths } from '@/config/paths';
import type { KpiTileDto } from '@/api/delivery-tracker-client';
import { describeKpiSparkline, kpiSparklineConfig } from '@/features/dashboard/utils/kpi-sparkline';
import { formatKpiValue, formatOptionalKpiValue } from '@/features/kpis/utils/format-kpi-value';
import { KpiRagTag } from '@/features/ratings/components/kpi-rag-tag';

function KpiTile({ tile }: { tile: KpiTileDto }) {
  const config = useMemo(() => kpiSparklineConfig(tile), [tile]);
  return (
    <li className="app-tile">
      <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
        <Link className="govuk-link" to={paths.kpis.kpi.getHref(tile.id)}>
          {tile.name}
        </Link>
      </h3>
      <p className="govuk-body govuk-!-margin-bottom-2">
        <KpiRagTag rating={tile.rating.rag} prefix="Rating:" />
      </p>
      <dl className="govuk-body-s govuk-!-margin-bottom-2">
        <div>
          <dt className="govuk-!-display-inline">Latest: </dt>
          <dd className="govuk-!-display-inline govuk-!-margin-0 govuk-!-font-weight-bold">
            {tile.rating.value === undefined || tile.rating.value === null
              ? 'None yet'
              : `${formatKpiValue(tile.rating.value, tile.unit)}${tile.rating.periodLabel ? ` (${tile.rating.periodLabel})` : ''}`}
          </dd>
        </div>
        <div>
          <dt className="govuk-!-display-inline">Target: </dt>
          <dd className="govuk-!-display-inline govuk-!-margin-0">{formatOptionalKpiValue(tile.target, tile.unit)}</dd>
        </div>
      </dl>
      {tile.trend.length > 1 ? <ChartCanvas label={describeKpiSparkline(tile)} config={config} height={60} /> : null}
      <p className="govuk-body-s govuk-!-margin-bottom-0">{tile.rating.reason}</p>
    </li>
  );
}

/** One tile per KPI of the plan: its rating in words, latest figure, target and a small trend line. */
export function KpiTiles({ tiles }: { tiles: readonly KpiTileDto[] }) {
  if (tiles.length === 0) return <p className="govuk-body">No KPIs are linked to this plan yet.</p>;
  return (
    <ul className="app-tiles" aria-label="KPIs">
      {tiles.map((tile) => (
        <KpiTile key={tile.id} tile={tile} />
      ))}
    </ul>
  );
}
