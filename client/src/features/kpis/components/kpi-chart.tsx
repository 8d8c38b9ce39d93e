import { useMemo } from 'react';

import type { KpiDto, KpiMeasurementDto } from '@/api/delivery-tracker-client';
import { ChartCanvas } from '@/components/charts/chart-canvas';
import { describeKpiChart, kpiChartConfig } from '@/features/kpis/utils/kpi-chart';

/** The KPI's measurements against its target and amber band, as a line chart (the table below has the figures). */
export function KpiChart({ kpi, measurements }: { kpi: KpiDto; measurements: readonly KpiMeasurementDto[] }) {
  const config = useMemo(() => kpiChartConfig(kpi, measurements), [kpi, measurements]);
  return <ChartCanvas label={describeKpiChart(kpi, measurements)} config={config} />;
}
