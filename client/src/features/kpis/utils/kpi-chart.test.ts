import { describe, expect, it } from 'vitest';

import type { KpiMeasurementDto } from '@/api/delivery-tracker-client';
import { describeKpiChart, kpiChartConfig, type ChartedKpi } from '@/features/kpis/utils/kpi-chart';

function measurement(periodLabel: string, periodStart: string, periodEnd: string, value: number): KpiMeasurementDto {
  return { id: periodLabel, kpiId: 'k', periodLabel, periodStart, periodEnd, value, source: undefined, note: undefined, recordedAt: '', updatedAt: '', etag: '"1"' };
}

const attendance: ChartedKpi = { name: 'DA calls attended in 60 minutes', unit: 'Percent', direction: 'HigherIsBetter', target: 90, amberTolerance: 5 };
const series = [measurement('2020-Q2', '2020-04-01', '2020-06-30', 80), measurement('2020-Q1', '2020-01-01', '2020-03-31', 75)];

describe('kpiChartConfig', () => {
  it('draws the values in time order, the target as a line and the amber band below a higher-is-better target', () => {
    const config = kpiChartConfig(attendance, series);
    expect(config.data.labels).toEqual(['2020-Q1', '2020-Q2']);
    const byLabel = Object.fromEntries(config.data.datasets.map((dataset) => [dataset.label, dataset]));
    expect(byLabel.Value?.data).toEqual([75, 80]);
    expect(byLabel.Target?.data).toEqual([90, 90]);
    expect(byLabel['Amber band (lower edge)']?.data).toEqual([85, 85]);
    expect(byLabel['Amber band']?.data).toEqual([90, 90]);
    expect(byLabel['Amber band']?.fill).toBe('-1');
  });

  it('draws neither target nor band for a monitored KPI', () => {
    const config = kpiChartConfig({ ...attendance, target: undefined, amberTolerance: undefined }, series);
    expect(config.data.datasets.map((dataset) => dataset.label)).toEqual(['Value']);
  });
});

describe('describeKpiChart', () => {
  it('says in words what the chart shows', () => {
    expect(describeKpiChart(attendance, series)).toBe(
      'Line chart of DA calls attended in 60 minutes: 2 measurements, from 75% for 2020-Q1 to 80% for 2020-Q2, against a target of 90% with an amber band from 85% to 90%. The figures are in the table below.',
    );
  });
});
