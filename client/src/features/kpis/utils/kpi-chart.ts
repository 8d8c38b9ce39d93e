import type { ChartConfiguration } from 'chart.js';

import type { KpiDirection, KpiMeasurementDto, KpiUnit } from '@/api/delivery-tracker-client';
import { amberBand, formatKpiValue } from '@/features/kpis/utils/format-kpi-value';
import { ragChartColours } from '@/features/ratings/utils/rating-words';

/** What the chart needs of a KPI. */
export type ChartedKpi = {
  name: string;
  unit: KpiUnit;
  direction: KpiDirection;
  target: number | undefined;
  amberTolerance: number | undefined;
};

/** GOV.UK black, for the measured values: the line the reader follows, set apart from the rating colours. */
const valueColour = '#0b0c0c';

/** Measurements in time order: by the period's end, then its start (the chart reads left to right in time). */
export function inTimeOrder(measurements: readonly KpiMeasurementDto[]): KpiMeasurementDto[] {
  return [...measurements].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd) || a.periodStart.localeCompare(b.periodStart));
}

/**
 * The KPI page's line chart: the measured values, the target as a dashed green line and the amber band (the values
 * that rate Amber) as a pale amber area between its two edges. The same figures are in the measurements table.
 */
export function kpiChartConfig(kpi: ChartedKpi, measurements: readonly KpiMeasurementDto[]): ChartConfiguration<'line'> {
  const ordered = inTimeOrder(measurements);
  const constant = (value: number) => ordered.map(() => value);
  const band = amberBand(kpi.target, kpi.amberTolerance, kpi.direction);
  const datasets: ChartConfiguration<'line'>['data']['datasets'] = [
    {
      label: 'Value',
      data: ordered.map((measurement) => measurement.value),
      borderColor: valueColour,
      backgroundColor: valueColour,
      pointRadius: 4,
      pointStyle: 'circle',
    },
  ];
  if (kpi.target !== undefined && kpi.target !== null) {
    datasets.push({
      label: 'Target',
      data: constant(kpi.target),
      borderColor: ragChartColours.Green,
      backgroundColor: ragChartColours.Green,
      borderDash: [8, 4],
      pointRadius: 0,
    });
  }
  if (band) {
    // Two edges; the second fills down to the first ('-1'), which draws the band. Only the second is in the legend.
    datasets.push(
      { label: 'Amber band (lower edge)', data: constant(band.from), borderColor: 'transparent', pointRadius: 0, fill: false },
      {
        label: 'Amber band',
        data: constant(band.to),
        borderColor: 'transparent',
        backgroundColor: `${ragChartColours.Amber}55`,
        pointRadius: 0,
        fill: '-1',
      },
    );
  }
  return {
    type: 'line',
    data: { labels: ordered.map((measurement) => measurement.periodLabel), datasets },
    options: {
      plugins: {
        legend: { labels: { filter: (item) => item.text !== 'Amber band (lower edge)' } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${formatKpiValue(Number(item.raw), kpi.unit)}` } },
      },
      scales: { y: { ticks: { callback: (value) => formatKpiValue(Number(value), kpi.unit) } } },
    },
  };
}

/** The chart in words, for its `aria-label`: how many figures, the first and the last, and what they are judged against. */
export function describeKpiChart(kpi: ChartedKpi, measurements: readonly KpiMeasurementDto[]): string {
  const ordered = inTimeOrder(measurements);
  const first = ordered[0];
  const last = ordered.at(-1);
  const parts = [`Line chart of ${kpi.name}`];
  if (first && last) {
    parts.push(
      ordered.length === 1
        ? `: 1 measurement, ${formatKpiValue(first.value, kpi.unit)} for ${first.periodLabel}`
        : `: ${ordered.length} measurements, from ${formatKpiValue(first.value, kpi.unit)} for ${first.periodLabel} to ${formatKpiValue(last.value, kpi.unit)} for ${last.periodLabel}`,
    );
  }
  if (kpi.target !== undefined && kpi.target !== null) parts.push(`, against a target of ${formatKpiValue(kpi.target, kpi.unit)}`);
  const band = amberBand(kpi.target, kpi.amberTolerance, kpi.direction);
  if (band) parts.push(` with an amber band from ${formatKpiValue(band.from, kpi.unit)} to ${formatKpiValue(band.to, kpi.unit)}`);
  parts.push('. The figures are in the table below.');
  return parts.join('');
}
