import type { KpiDto } from '@/api/delivery-tracker-client';
import { SummaryList } from '@/components/govuk/summary-list';
import { formatAmberBand, formatOptionalKpiValue } from '@/features/kpis/utils/format-kpi-value';
import { kpiDirectionLabels, kpiFrequencyLabels, kpiLifecycleLabels, kpiUnitLabels } from '@/features/kpis/utils/kpi-words';

function days(count: number): string {
  return count === 1 ? '1 day' : `${count} days`;
}

/** A KPI's definition: what it counts, what it aims for and where the figures come from. */
export function KpiSummary({ kpi }: { kpi: KpiDto }) {
  return (
    <SummaryList
      rows={[
        { key: 'Code', value: kpi.code },
        ...(kpi.description ? [{ key: 'Description', value: kpi.description }] : []),
        { key: 'Unit', value: kpiUnitLabels[kpi.unit] },
        { key: 'Direction', value: kpiDirectionLabels[kpi.direction] },
        { key: 'Target', value: formatOptionalKpiValue(kpi.target, kpi.unit) },
        {
          key: 'Amber tolerance',
          value:
            kpi.amberTolerance === undefined || kpi.amberTolerance === null
              ? 'None set'
              : `${formatOptionalKpiValue(kpi.amberTolerance, kpi.unit)} (amber from ${formatAmberBand(kpi.target, kpi.amberTolerance, kpi.direction, kpi.unit)})`,
        },
        {
          key: 'Baseline',
          value: kpi.baseline === undefined || kpi.baseline === null ? 'None recorded' : `${formatOptionalKpiValue(kpi.baseline, kpi.unit)}${kpi.baselinePeriod ? ` (${kpi.baselinePeriod})` : ''}`,
        },
        { key: 'Frequency', value: kpiFrequencyLabels[kpi.frequency] },
        { key: 'Publication lag', value: `${days(kpi.publicationLagDays)} after the period ends` },
        { key: 'Lifecycle', value: kpiLifecycleLabels[kpi.lifecycle] },
        { key: 'Owner', value: kpi.ownerName ?? 'No owner' },
        { key: 'Source of data', value: kpi.dataSource ?? 'Not recorded' },
      ]}
    />
  );
}
