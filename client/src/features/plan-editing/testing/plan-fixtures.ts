import type { ActionDto, ActionNodeDto, KpiSummaryDto, LeadDto, ObjectiveDto, PlanDto, RecommendationDto, ThemeDto } from '@/api/delivery-tracker-client';
import { testPlanSettings } from '@/testing/plan-settings';

/**
 * A small plan for the editing pages' tests: two themes (SYV with two objectives, the second holding two actions;
 * TER with none), one review with two recommendations, three leads and two KPIs.
 */
export const planId = 'plan-1';

const timescale = { raw: 'September 2019', kind: 'ByDate', startDate: undefined, dueDate: '2019-09-30', confidence: 'High', isCorrected: false, note: undefined } as const;

function actionNode(id: string, referenceCode: string, position: number, text: string): ActionNodeDto {
  return {
    id,
    referenceCode,
    text,
    position,
    status: 'InProgress',
    percentComplete: undefined,
    kpiText: undefined,
    timescale,
    leads: [],
    leadToBeAgreed: false,
    recommendationNumbers: [],
    sourceNote: undefined,
  };
}

export function testPlan(): PlanDto {
  return {
    id: planId,
    title: 'Safer Streets Plan',
    periodStart: '2019-04-01',
    periodEnd: '2022-03-31',
    status: 'Active',
    sourceDocument: undefined,
    reviewId: 'review-1',
    settings: testPlanSettings({ boardMeetings: ['2019-06-04'] }),
    themes: [
      {
        id: 'theme-syv',
        code: 'SYV',
        title: 'Serious Youth Violence',
        position: 1,
        objectives: [
          { id: 'objective-1', title: 'Understand the problem', position: 1, actions: [] },
          {
            id: 'objective-2',
            title: 'Prevent violence',
            position: 2,
            actions: [
              actionNode('action-1', 'SYV-2.1', 1, 'Run weapons awareness sessions in every secondary school'),
              actionNode('action-2', 'SYV-2.2', 2, 'Fund detached youth work on estates'),
            ],
          },
        ],
      },
      { id: 'theme-ter', code: 'TER', title: 'Tackling Terrorism', position: 2, objectives: [] },
    ],
    updatedAt: '2026-01-01T00:00:00Z',
    etag: '"plan-v1"',
  };
}

export function testThemes(): ThemeDto[] {
  return [
    { id: 'theme-syv', planId, code: 'SYV', title: 'Serious Youth Violence', position: 1, objectiveCount: 2, updatedAt: '2026-01-01T00:00:00Z', etag: '"syv-v3"' },
    { id: 'theme-ter', planId, code: 'TER', title: 'Tackling Terrorism', position: 2, objectiveCount: 0, updatedAt: '2026-01-01T00:00:00Z', etag: '"ter-v1"' },
  ];
}

export function testObjectives(themeId: string): ObjectiveDto[] {
  if (themeId !== 'theme-syv') return [];
  return [
    { id: 'objective-1', planId, themeId, title: 'Understand the problem', position: 1, actionCount: 0, updatedAt: '2026-01-01T00:00:00Z', etag: '"o1-v1"' },
    { id: 'objective-2', planId, themeId, title: 'Prevent violence', position: 2, actionCount: 2, updatedAt: '2026-01-01T00:00:00Z', etag: '"o2-v5"' },
  ];
}

export function testAction(overrides: Partial<ActionDto> = {}): ActionDto {
  return {
    id: 'action-1',
    planId,
    themeId: 'theme-syv',
    objectiveId: 'objective-2',
    referenceCode: 'SYV-2.1',
    text: 'Run weapons awareness sessions in every secondary school',
    position: 1,
    status: 'InProgress',
    percentComplete: 40,
    kpiText: 'Fewer knife crime offences',
    timescale,
    leads: [{ leadId: 'lead-police', name: 'Police', kind: 'Organisation', isPrimary: true }],
    leadToBeAgreed: false,
    recommendationNumbers: [7],
    kpiIds: ['kpi-knife'],
    kpis: [{ kpiId: 'kpi-knife', code: 'KNIFE', name: 'Knife crime offences' }],
    sourceNote: undefined,
    lastProgressAt: undefined,
    updatedAt: '2026-01-01T00:00:00Z',
    rating: {
      asOf: '2026-01-01',
      derived: 'Red',
      derivedReason: 'Overdue',
      derivedReasonText: 'overdue since 30 Sep 2019',
      dueDate: '2019-09-30',
      reported: undefined,
      reportedAt: undefined,
      reportedJustification: undefined,
      effective: 'Red',
      effectiveSource: 'Derived',
      overdue: true,
      dueSoon: false,
      stale: false,
      blocked: false,
    },
    etag: '"a1-v4"',
    ...overrides,
  };
}

function lead(id: string, name: string): LeadDto {
  return {
    id,
    name,
    kind: 'Organisation',
    organisationId: undefined,
    organisationName: undefined,
    email: undefined,
    userId: undefined,
    openActionCount: 0,
    overdueActionCount: 0,
    updatedAt: '2026-01-01T00:00:00Z',
    etag: '"1"',
  };
}

export const testLeads: LeadDto[] = [lead('lead-police', 'Police'), lead('lead-stgiles', 'St Giles Trust'), lead('lead-yos', 'Youth Offending Service')];

function kpi(id: string, code: string, name: string, kpiPlanId: string | undefined): KpiSummaryDto {
  return {
    id,
    planId: kpiPlanId,
    code,
    name,
    unit: 'Count',
    direction: 'LowerIsBetter',
    target: undefined,
    amberTolerance: undefined,
    frequency: 'Quarterly',
    publicationLagDays: 30,
    lifecycle: 'Defined',
    ownerLeadId: undefined,
    ownerName: undefined,
    latestMeasurement: undefined,
    rating: { rag: 'NoData' } as KpiSummaryDto['rating'],
    updatedAt: '2026-01-01T00:00:00Z',
  };
}

/** Two KPIs the plan's actions may use (its own and a shared one) and one of another plan, which the form leaves out. */
export const testKpis: KpiSummaryDto[] = [
  kpi('kpi-knife', 'KNIFE', 'Knife crime offences', planId),
  kpi('kpi-calls', 'CALLS', 'Emergency calls answered in target', undefined),
  kpi('kpi-other', 'OTHER', 'Another plan’s KPI', 'plan-2'),
];

function recommendation(number: number, text: string): RecommendationDto {
  return {
    id: `rec-${number}`,
    reviewId: 'review-1',
    number,
    text,
    councilResponse: undefined,
    answeringActions: [],
    asOf: '2026-01-01',
    rollUp: undefined,
    covered: false,
    updatedAt: '2026-01-01T00:00:00Z',
    etag: '"1"',
  };
}

export const testRecommendations: RecommendationDto[] = [recommendation(7, 'Invest in youth outreach'), recommendation(12, 'Publish crime data quarterly')];

/** The lists the action form reads, as fake API routes. */
export const actionFormRoutes = {
  'GET /api/v1/plans/:planId': () => testPlan(),
  'GET /api/v1/leads': () => ({ items: testLeads, nextCursor: null }),
  'GET /api/v1/kpis': () => ({ items: testKpis, nextCursor: null }),
  'GET /api/v1/recommendations': () => ({ items: testRecommendations, nextCursor: null }),
  'POST /api/v1/timescales/parse': ({ body }: { body: unknown }) => ({
    ...timescale,
    raw: (body as { text: string }).text,
  }),
};
