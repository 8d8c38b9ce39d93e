import { Link } from 'react-router';

import type { KpiDto, KpiMeasurementDto } from '@/api/delivery-tracker-client';
import { ScrollableTable } from '@/components/govuk/scrollable-table';
import { Table, type TableColumn } from '@/components/govuk/table';
import { paths } from '@/config/paths';
import { formatAmberBand, formatKpiValue, formatOptionalKpiValue } from '@/features/kpis/utils/format-kpi-value';
import { inTimeOrder } from '@/features/kpis/utils/kpi-chart';
import { formatPeriod } from '@/lib/format-date';

type MeasurementsTableProps = {
  kpi: KpiDto;
  measurements: readonly KpiMeasurementDto[];
  /** Show a "Correct" link on each row (programme managers). */
  canCorrect: boolean;
};

/** The chart's figures as a table, in the same time order: each period's value beside the target and amber band. */
export function MeasurementsTable({ kpi, measurements, canCorrect }: MeasurementsTableProps) {
  const caption = `Measurements of ${kpi.name}`;
  const columns: TableColumn<KpiMeasurementDto>[] = [
    {
      key: 'period',
      header: 'Period',
      rowHeader: true,
      cell: (m) => (
        <>
          {m.periodLabel}
          <br />
          <span className="govuk-body-s">{formatPeriod(m.periodStart, m.periodEnd)}</span>
        </>
      ),
    },
    { key: 'value', header: 'Value', numeric: true, cell: (m) => formatKpiValue(m.value, kpi.unit) },
    { key: 'target', header: 'Target', numeric: true, cell: () => formatOptionalKpiValue(kpi.target, kpi.unit) },
    { key: 'band', header: 'Amber band', cell: () => formatAmberBand(kpi.target, kpi.amberTolerance, kpi.direction, kpi.unit) },
    {
      key: 'source',
      header: 'Source and note',
      cell: (m) => (
        <>
          {m.source ?? 'No source given'}
          {m.note ? (
            <>
              <br />
              <span className="govuk-body-s">{m.note}</span>
            </>
          ) : null}
        </>
      ),
    },
  ];
  if (canCorrect) {
    columns.push({
      key: 'correct',
      header: <span className="govuk-visually-hidden">Change</span>,
      cell: (m) => (
        <Link className="govuk-link" to={paths.kpis.correct.getHref(kpi.id, m.id)}>
          Correct<span className="govuk-visually-hidden"> the measurement for {m.periodLabel}</span>
        </Link>
      ),
    });
  }
  return (
    <>
      {/* Said above the scrolling region too, where it wraps at 320 px; the caption still names the table. */}
      <h3 className="govuk-heading-m" aria-hidden="true">
        {caption}
      </h3>
      <ScrollableTable label={caption}>
        <Table caption={caption} captionHidden rows={inTimeOrder(measurements)} getRowKey={(m) => m.id} columns={columns} />
      </ScrollableTable>
    </>
  );
}
