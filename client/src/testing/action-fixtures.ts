import type { ActionNodeDto, ActionSummaryDto, PlanDto } from '@/api/delivery-tracker-client';
import { testPlanSettings } from '@/testing/plan-settings';

/** A lead as actions carry it. */
export function actionLead(leadId: string, name: string, isPrimary = true) {
  return { leadId, name, kind: 'Person' as const, isPrimary };
}

/** An action as the actions list returns it: not started, due 30 Sep 2019, rated Red (overdue) as at 31 Mar 2020. */
export function actionSummary(
  overrides: Omit<Partial<ActionSummaryDto>, 'rating'> & Pick<ActionSummaryDto, 'id' | 'referenceCode' | 'objectiveId'> & { rating?: Partial<ActionSummaryDto['rating']> },
): ActionSummaryDto {
  return {
    planId: 'plan-1',
    themeId: 'theme-syv',
    text: `Action ${overrides.referenceCode}`,
    status: 'NotStarted',
    percentComplete: undefined,
    timescaleRaw: 'September 2019',
    timescaleKind: 'ByDate',
    startDate: undefined,
    dueDate: '2019-09-30',
    leads: [],
    leadToBeAgreed: false,
    recommendationNumbers: [],
    kpiIds: [],
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
    rating: {
      asOf: '2020-03-31',
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
      ...overrides.rating,
    },
  };
}

/** The rating `actionSummary` gives by default, to change a field or two of. */
export function baseRating(): ActionSummaryDto['rating'] {
  return actionSummary({ id: 'x', referenceCode: 'X', objectiveId: 'x' }).rating;
}

function node(action: ActionSummaryDto, position: number): ActionNodeDto {
  return {
    id: action.id,
    referenceCode: action.referenceCode,
    text: action.text,
    position,
    status: action.status,
    percentComplete: action.percentComplete,
    kpiText: undefined,
    timescale: { raw: action.timescaleRaw, kind: action.timescaleKind, startDate: action.startDate, dueDate: action.dueDate, confidence: 'High', isCorrected: false, note: undefined },
    leads: action.leads,
    leadToBeAgreed: action.leadToBeAgreed,
    recommendationNumbers: action.recommendationNumbers,
    sourceNote: undefined,
  };
}

/**
 * A small plan like the demo one: two themes, three objectives, four actions (the same four the actions list
 * returns unfiltered, by `planActions`); Pinakin Patel leads SYV-1.2 and CCTV-1.1.
 */
export const planActions: ActionSummaryDto[] = [
  actionSummary({
    id: 'a-1',
    referenceCode: 'SYV-1.1',
    objectiveId: 'obj-1',
    text: 'Map youth services across the borough',
    status: 'InProgress',
    leads: [actionLead('l-nb', 'Natasha Bishopp'), actionLead('l-police', 'Police', false)],
    recommendationNumbers: [1, 7],
  }),
  actionSummary({
    id: 'a-2',
    referenceCode: 'SYV-1.2',
    objectiveId: 'obj-1',
    text: 'Commission mentoring for young people at risk',
    leads: [actionLead('l-pp', 'Pinakin Patel')],
    dueDate: undefined,
    rating: {
      asOf: '2020-03-31',
      derived: 'Amber',
      derivedReason: 'StaleNeverUpdated',
      derivedReasonText: 'no update for 365 days',
      dueDate: undefined,
      reported: 'Green',
      reportedAt: '2020-03-01T10:00:00Z',
      reportedJustification: 'funding confirmed',
      effective: 'Green',
      effectiveSource: 'Reported',
      overdue: false,
      dueSoon: false,
      stale: true,
      blocked: false,
    },
  }),
  actionSummary({
    id: 'a-3',
    referenceCode: 'SYV-2.1',
    objectiveId: 'obj-2',
    text: 'Run weapons sweeps with schools',
    status: 'Completed',
    leadToBeAgreed: true,
    rating: {
      asOf: '2020-03-31',
      derived: 'Complete',
      derivedReason: 'Completed',
      derivedReasonText: 'completed',
      dueDate: '2019-09-30',
      reported: undefined,
      reportedAt: undefined,
      reportedJustification: undefined,
      effective: 'Complete',
      effectiveSource: 'Derived',
      overdue: false,
      dueSoon: false,
      stale: false,
      blocked: false,
    },
  }),
  actionSummary({
    id: 'a-4',
    referenceCode: 'CCTV-1.1',
    themeId: 'theme-cctv',
    objectiveId: 'obj-3',
    text: 'Review camera coverage',
    status: 'Blocked',
    leads: [actionLead('l-pp', 'Pinakin Patel')],
    rating: { ...baseRating(), blocked: true },
  }),
];

export function buildPlan(overrides: Partial<PlanDto> = {}): PlanDto {
  const [a1, a2, a3, a4] = planActions.map(node) as [ActionNodeDto, ActionNodeDto, ActionNodeDto, ActionNodeDto];
  return {
    id: 'plan-1',
    title: 'Building Safer Communities – Delivery Plan',
    periodStart: '2019-04-01',
    periodEnd: '2022-03-31',
    status: 'Active',
    sourceDocument: undefined,
    reviewId: undefined,
    updatedAt: '2026-01-01T00:00:00Z',
    etag: '"1"',
    settings: testPlanSettings(),
    themes: [
      {
        id: 'theme-syv',
        code: 'SYV',
        title: 'Tackling serious youth violence',
        position: 1,
        objectives: [
          { id: 'obj-1', title: 'Develop a long-term approach to violence', position: 1, actions: [a1, a2] },
          { id: 'obj-2', title: 'Reduce knife crime', position: 2, actions: [a3] },
        ],
      },
      {
        id: 'theme-cctv',
        code: 'CCTV',
        title: 'CCTV Development',
        position: 2,
        objectives: [{ id: 'obj-3', title: 'Establish a CCTV development strategy', position: 1, actions: [a4] }],
      },
    ],
    ...overrides,
  };
}
