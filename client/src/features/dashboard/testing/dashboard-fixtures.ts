import type { PlanDashboardDto } from '@/api/delivery-tracker-client';

/** A plan's dashboard as the API returns it, for page tests: two themes, one KPI, two updates, as at 31 March 2020. */
export function dashboardFixture(overrides: Partial<PlanDashboardDto> = {}): PlanDashboardDto {
  return {
    planId: 'plan-1',
    asOf: '2020-03-31',
    ragScale: 'ThreePoint',
    ratings: { total: 13, excluded: 1, counts: { Red: 3, Amber: 2, Green: 4, Complete: 2, NotRated: 1 } },
    themes: [
      { themeId: 'theme-syv', code: 'SYV', title: 'Serious youth violence', ratings: { total: 7, excluded: 1, counts: { Red: 2, Amber: 1, Green: 2, Complete: 1, NotRated: 0 } } },
      { themeId: 'theme-asb', code: 'ASB', title: 'Anti-social behaviour', ratings: { total: 6, excluded: 0, counts: { Red: 1, Amber: 1, Green: 2, Complete: 1, NotRated: 1 } } },
    ],
    attention: { overdue: 3, dueSoon: 1, stale: 5, blocked: 2 },
    kpis: [
      {
        id: 'kpi-da',
        code: 'RESPONSE-DA-NONEMERG-60MIN',
        name: 'DA calls attended within 60 minutes',
        unit: 'Percent',
        direction: 'HigherIsBetter',
        target: 90,
        amberTolerance: 5,
        rating: {
          asOf: '2020-03-31',
          rag: 'Red',
          reason: '75% against a target of 90%',
          measurementId: 'm-2',
          periodLabel: '2019-Q4',
          periodEnd: '2019-12-31',
          value: 75,
          nextExpectedBy: '2020-05-15',
        },
        trend: [
          { periodLabel: '2019-Q3', periodStart: '2019-07-01', periodEnd: '2019-09-30', value: 82 },
          { periodLabel: '2019-Q4', periodStart: '2019-10-01', periodEnd: '2019-12-31', value: 75 },
        ],
      },
    ],
    latestUpdates: [
      {
        id: 'u-1',
        actionId: 'action-syv-11',
        referenceCode: 'SYV-1.1',
        actionText: 'Map youth services across the borough',
        authorName: 'Natasha Bishopp',
        postedAt: '2020-03-30T23:30:00Z',
        status: 'InProgress',
        reportedRag: 'Amber',
        note: 'Funding not confirmed',
      },
    ],
    ...overrides,
  };
}
