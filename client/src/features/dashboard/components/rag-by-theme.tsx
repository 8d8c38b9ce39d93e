import { useMemo } from 'react';

import { ChartCanvas } from '@/components/charts/chart-canvas';
import { ScrollableTable } from '@/components/govuk/scrollable-table';
import { Table, type TableColumn } from '@/components/govuk/table';
import type { DashboardThemeDto, RatingCountsDto } from '@/api/delivery-tracker-client';
import { countOf, describeRagByThemeChart, ragByThemeChartConfig, scaleRatings } from '@/features/dashboard/utils/rag-by-theme-chart';
import { RagTag } from '@/features/ratings/components/rag-tag';
import { formatIsoDate } from '@/lib/format-date';

type Row = { key: string; code: string; title: string; counts: RatingCountsDto };

/** The effective ratings of each theme's actions: a stacked bar chart, and the same figures in a table with the plan's totals. */
export function RagByTheme({ asOf, ratings, themes }: { asOf: string; ratings: RatingCountsDto; themes: readonly DashboardThemeDto[] }) {
  const config = useMemo(() => ragByThemeChartConfig(ratings, themes), [ratings, themes]);
  const caption = `Actions by effective rating and theme, as at ${formatIsoDate(asOf)}`;
  const rows: Row[] = [
    ...themes.map((theme) => ({ key: theme.themeId, code: theme.code, title: theme.title, counts: theme.ratings })),
    { key: 'plan', code: '', title: 'Whole plan', counts: ratings },
  ];
  const columns: TableColumn<Row>[] = [
    {
      key: 'theme',
      header: 'Theme',
      rowHeader: true,
      cell: (row) => (row.code ? `${row.title} (${row.code})` : row.title),
    },
    ...scaleRatings(ratings).map((rating) => ({
      key: rating,
      header: <RagTag rating={rating} />,
      numeric: true,
      cell: (row: Row) => countOf(row.counts, rating),
    })),
    // Cancelled actions carry no rating: a column of their own, only when there are any, so the total adds up.
    ...(ratings.excluded > 0 ? [{ key: 'cancelled', header: 'Cancelled (not rated)', numeric: true, cell: (row: Row) => row.counts.excluded }] : []),
    { key: 'total', header: 'Total', numeric: true, cell: (row) => row.counts.total },
  ];
  return (
    <>
      <ChartCanvas label={describeRagByThemeChart(asOf, ratings, themes)} config={config} height={320} />
      {/* Said above the scrolling region too, where it wraps at 320 px; the caption still names the table. */}
      <h3 className="govuk-heading-s" aria-hidden="true">
        {caption}
      </h3>
      <ScrollableTable label={caption}>
        <Table caption={caption} captionHidden columns={columns} rows={rows} getRowKey={(row) => row.key} />
      </ScrollableTable>
    </>
  );
}
