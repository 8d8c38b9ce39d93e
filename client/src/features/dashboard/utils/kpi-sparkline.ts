import type { ChartConfiguration } from 'chart.js';

import type { KpiTileDto } from '@/api/delivery-tracker-client';
import { formatKpiValue } from '@/features/kpis/utils/format-kpi-value';
import { ragChartColours } from '@/features/ratings/utils/rating-words';

/**
 * A KPI tile's small trend line: its last figures, oldest first, with the target as a dashed green line. No axes or
 * legend — the tile says the latest value and target in words, and the `aria-label` lists every point.
 */
export function kpiSparklineConfig(tile: KpiTileDto): ChartConfiguration<'line'> {
  const datasets: ChartConfiguration<'line'>['data']['datasets'] = [
    { label: 'Value', data: tile.trend.map((point) => point.value), borderColor: '#0b0c0c', backgroundColor: '#0b0c0c', pointRadius: 2, borderWidth: 2 },
  ];
  if (tile.target !== undefined && tile.target !== null) {
    datasets.push({
      label: 'Target',
      data: tile.trend.map(() => tile.target as number),
      borderColor: ragChartColours.Green,
      borderDash: [4, 3],
      pointRadius: 0,
      borderWidth: 1,
    });
  }
  return {
    type: 'line',
    data: { labels: tile.trend.map((point) => point.periodLabel), datasets },
    options: {
      plugins: { legend: { display: false }, tooltip: { enabled: false } },
      scales: { x: { display: false }, y: { display: false } },
    },
  };
}

/** The trend in words: every point, oldest first, and the target. */
export function describeKpiSparkline(tile: KpiTileDto): string {
  if (tile.trend.length === 0) return `No figures yet for ${tile.name}.`;
  const points = tile.trend.map((point) => `${formatKpiValue(point.value, tile.unit)} for ${point.periodLabel}`).join(', ');
  const target = tile.target === undefined || tile.target === null ? '' : `, against a target of ${formatKpiValue(tile.target, tile.unit)}`;
  return `Trend of ${tile.name}, oldest first: ${points}${target}.`;
}
