import type { KpiDto, KpiMeasurementDto, KpiSummaryDto } from '@/api/delivery-tracker-client';

/** KPIs and measurements as the API returns them, for page tests: the seed's domestic-abuse attendance series. */
export function kpiFixture(overrides: Partial<KpiDto> = {}): KpiDto {
  return {
    id: 'kpi-da',
    planId: 'plan-1',
    code: 'RESPONSE-DA-NONEMERG-60MIN',
    name: 'Non-emergency domestic abuse calls attended within 60 minutes',
    description: undefined,
    unit: 'Percent',
    direction: 'HigherIsBetter',
    target: 90,
    amberTolerance: 5,
    frequency: 'Quarterly',
    publicationLagDays: 45,
    baseline: undefined,
    baselinePeriod: undefined,
    lifecycle: 'Reporting',
    ownerLeadId: 'lead-police',
    ownerName: 'Police',
    dataSource: 'MPS BCU performance pack',
    latestMeasurement: { id: 'm-2', periodLabel: '2020-Q2', periodStart: '2020-04-01', periodEnd: '2020-06-30', value: 75 },
    rating: {
      asOf: '2020-09-01',
      rag: 'Red',
      reason: '75% against a target of 90%, lower than the amber band (85%–90%)',
      measurementId: 'm-2',
      periodLabel: '2020-Q2',
      periodEnd: '2020-06-30',
      value: 75,
      nextExpectedBy: '2020-11-14',
    },
    actions: [{ actionId: 'action-vawg-72', planId: 'plan-1', referenceCode: 'VAWG-7.2' }],
    createdAt: '2020-01-01T00:00:00Z',
    updatedAt: '2020-01-01T00:00:00Z',
    etag: '"kpi-1"',
    ...overrides,
  };
}

export function kpiSummaryFixture(overrides: Partial<KpiSummaryDto> = {}): KpiSummaryDto {
  const { description: _d, baseline: _b, baselinePeriod: _p, dataSource: _s, actions: _a, createdAt: _c, etag: _e, ...summary } = kpiFixture();
  return { ...summary, ...overrides };
}

export function measurementFixture(overrides: Partial<KpiMeasurementDto> = {}): KpiMeasurementDto {
  return {
    id: 'm-1',
    kpiId: 'kpi-da',
    periodLabel: '2020-Q1',
    periodStart: '2020-01-01',
    periodEnd: '2020-03-31',
    value: 82,
    source: 'Safer Neighbourhood Board report, Nov 2020',
    note: undefined,
    recordedAt: '2020-05-15T09:00:00Z',
    updatedAt: '2020-05-15T09:00:00Z',
    etag: '"m-1"',
    ...overrides,
  };
}
