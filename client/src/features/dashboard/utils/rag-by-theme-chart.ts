import type { ChartConfiguration } from 'chart.js';

import type { RagRating } from '@/api/delivery-tracker-client';
import type { DashboardThemeDto, RatingCountsDto } from '@/api/delivery-tracker-client';
import { ragChartColours, ragLabels, ragOrder } from '@/features/ratings/utils/rating-words';
import { formatIsoDate } from '@/lib/format-date';

/** The ratings the plan's scale uses (the API lists each, 0 included), most severe first. */
export function scaleRatings(ratings: RatingCountsDto): RagRating[] {
  return ragOrder.filter((rating) => ratings.counts[rating] !== undefined);
}

/** How many of a theme's (or the plan's) actions have this rating; 0 when it is not listed. */
export function countOf(ratings: RatingCountsDto, rating: RagRating): number {
  return ratings.counts[rating] ?? 0;
}

/**
 * The dashboard's "RAG by theme" chart: one bar per theme (labelled with its code; the table names it in full), split
 * into the effective ratings of its actions, most severe at the bottom, in the ratings' own colours.
 */
export function ragByThemeChartConfig(ratings: RatingCountsDto, themes: readonly DashboardThemeDto[]): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: themes.map((theme) => theme.code),
      datasets: scaleRatings(ratings).map((rating) => ({
        label: ragLabels[rating],
        data: themes.map((theme) => countOf(theme.ratings, rating)),
        backgroundColor: ragChartColours[rating],
        borderColor: '#ffffff',
        borderWidth: 1,
      })),
    },
    options: {
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Actions' } },
      },
      plugins: {
        tooltip: { callbacks: { title: (items) => themes[items[0]?.dataIndex ?? 0]?.title ?? '' } },
      },
    },
  };
}

/** The chart in words, for its `aria-label`: the plan's totals by rating; the table below has each theme's. */
export function describeRagByThemeChart(asOf: string, ratings: RatingCountsDto, themes: readonly DashboardThemeDto[]): string {
  const totals = scaleRatings(ratings)
    .map((rating) => `${countOf(ratings, rating)} ${ragLabels[rating]}`)
    .join(', ');
  const themeCount = themes.length === 1 ? '1 theme' : `${themes.length} themes`;
  return `Stacked bar chart of the effective ratings of the actions in each of ${themeCount}, as at ${formatIsoDate(asOf)}. Across the plan: ${totals}. Each theme's figures are in the table below.`;
}
