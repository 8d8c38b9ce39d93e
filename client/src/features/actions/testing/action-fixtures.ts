import type { ActionDto, PlanDto, ProgressUpdateDto } from '@/api/delivery-tracker-client';
import { testPlanSettings } from '@/testing/plan-settings';

/** An overdue action led by the test lead (`testUsers.lead.leadId`), as `GET /actions/{id}` returns it. */
export function actionDto(overrides: Partial<ActionDto> = {}): ActionDto {
  return {
    id: 'action-1',
    planId: 'plan-1',
    themeId: 'theme-1',
    objectiveId: 'objective-1',
    referenceCode: 'ASB-3.4',
    text: 'Review the community trigger process with partners.',
    position: 4,
    status: 'InProgress',
    percentComplete: 40,
    kpiText: 'Number of community triggers',
    timescale: {
      raw: 'March 2020',
      kind: 'ByDate',
      startDate: undefined,
      dueDate: '2020-03-31',
      confidence: 'High',
      isCorrected: false,
      note: undefined,
    },
    leads: [
      { leadId: 'lead-1', name: 'Rachel Merriman', kind: 'Person', isPrimary: true },
      { leadId: 'lead-2', name: 'CSPB', kind: 'Board', isPrimary: false },
    ],
    leadToBeAgreed: false,
    recommendationNumbers: [12, 14],
    kpiIds: ['kpi-1'],
    kpis: [{ kpiId: 'kpi-1', code: 'ASB-CALLS', name: 'ASB calls to police' }],
    sourceNote: undefined,
    lastProgressAt: '2020-02-10T10:00:00Z',
    updatedAt: '2020-02-10T10:00:00Z',
    rating: {
      asOf: '2026-12-02',
      derived: 'Red',
      derivedReason: 'Overdue',
      derivedReasonText: 'overdue since 31 Mar 2020',
      dueDate: '2020-03-31',
      reported: 'Amber',
      reportedAt: '2020-02-10T10:00:00Z',
      reportedJustification: 'Partner workshop booked for April',
      effective: 'Red',
      effectiveSource: 'Derived',
      overdue: true,
      dueSoon: false,
      stale: false,
      blocked: false,
    },
    etag: '"7"',
    ...overrides,
  };
}

/** The action's plan, with just the theme and objective the action sits under. */
export function planDto(overrides: Partial<PlanDto> = {}): PlanDto {
  return {
    id: 'plan-1',
    title: 'Building Safer Communities – Delivery Plan',
    periodStart: '2019-04-01',
    periodEnd: '2022-03-31',
    status: 'Active',
    sourceDocument: undefined,
    reviewId: undefined,
    settings: testPlanSettings({ escalateAfterDaysOverdue: 14 }),
    themes: [
      {
        id: 'theme-1',
        code: 'ASB',
        title: 'Anti-social behaviour',
        position: 3,
        objectives: [{ id: 'objective-1', title: 'Respond to anti-social behaviour quickly', position: 3, actions: [] }],
      },
    ],
    updatedAt: '2020-01-01T00:00:00Z',
    etag: '"1"',
    ...overrides,
  };
}

export function progressUpdateDto(overrides: Partial<ProgressUpdateDto> = {}): ProgressUpdateDto {
  return {
    id: 'update-1',
    actionId: 'action-1',
    authorName: 'Demo lead',
    postedAt: '2020-02-10T10:00:00Z',
    status: 'InProgress',
    percentComplete: 40,
    reportedRag: 'Amber',
    justification: 'Partner workshop booked for April',
    note: 'Draft process shared with partners.',
    evidenceLinks: ['https://example.org/minutes-feb-2020.pdf'],
    ...overrides,
  };
}
