import { describe, expect, it } from 'vitest';

import type { DashboardThemeDto, KpiTileDto, RatingCountsDto } from '@/api/delivery-tracker-client';
import { describeKpiSparkline, kpiSparklineConfig } from '@/features/dashboard/utils/kpi-sparkline';
import { describeRagByThemeChart, ragByThemeChartConfig } from '@/features/dashboard/utils/rag-by-theme-chart';
import { ragChartColours } from '@/features/ratings/utils/rating-words';

const counts = (red: number, amber: number, green: number, complete: number, notRated: number): RatingCountsDto => ({
  counts: { Green: green, Amber: amber, Red: red, Complete: complete, NotRated: notRated },
  total: red + amber + green + complete + notRated,
  excluded: 0,
});

const themes: DashboardThemeDto[] = [
  { themeId: 't1', code: 'SYV', title: 'Serious youth violence', ratings: counts(2, 1, 3, 0, 1) },
  { themeId: 't2', code: 'ASB', title: 'Anti-social behaviour', ratings: counts(0, 2, 4, 1, 0) },
];

describe('ragByThemeChartConfig', () => {
  it('stacks each theme\u2019s counts by rating, most severe first, in the ratings\u2019 colours', () => {
    const config = ragByThemeChartConfig(counts(2, 3, 7, 1, 1), themes);
    expect(config.data.labels).toEqual(['SYV', 'ASB']);
    expect(config.data.datasets.map((dataset) => [dataset.label, dataset.data, dataset.backgroundColor])).toEqual([
      ['Red', [2, 0], ragChartColours.Red],
      ['Amber', [1, 2], ragChartColours.Amber],
      ['Green', [3, 4], ragChartColours.Green],
      ['Complete', [0, 1], ragChartColours.Complete],
      ['Not rated', [1, 0], ragChartColours.NotRated],
    ]);
  });

  it('says the plan\u2019s totals in words', () => {
    expect(describeRagByThemeChart('2020-03-31', counts(2, 3, 7, 1, 1), themes)).toBe(
      "Stacked bar chart of the effective ratings of the actions in each of 2 themes, as at 31 March 2020. Across the plan: 2 Red, 3 Amber, 7 Green, 1 Complete, 1 Not rated. Each theme's figures are in the table below.",
    );
  });
});

describe('kpi sparkline', () => {
  const tile: KpiTileDto = {
    id: 'k',
    code: 'DA',
    name: 'DA attendance',
    unit: 'Percent',
    direction: 'HigherIsBetter',
    target: 90,
    amberTolerance: 5,
    rating: { asOf: '2020-09-01', rag: 'Red', reason: '', measurementId: undefined, periodLabel: undefined, periodEnd: undefined, value: undefined, nextExpectedBy: undefined },
    trend: [
      { periodLabel: '2020-Q1', periodStart: '2020-01-01', periodEnd: '2020-03-31', value: 82 },
      { periodLabel: '2020-Q2', periodStart: '2020-04-01', periodEnd: '2020-06-30', value: 75 },
    ],
  };

  it('draws the trend oldest first with the target, and lists every point in words', () => {
    const config = kpiSparklineConfig(tile);
    expect(config.data.datasets.map((dataset) => dataset.data)).toEqual([
      [82, 75],
      [90, 90],
    ]);
    expect(describeKpiSparkline(tile)).toBe('Trend of DA attendance, oldest first: 82% for 2020-Q1, 75% for 2020-Q2, against a target of 90%.');
  });
});
