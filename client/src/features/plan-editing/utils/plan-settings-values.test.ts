import { describe, expect, it } from 'vitest';

import type { PlanDto } from '@/api/delivery-tracker-client';
import { planSettingsValuesOf, toPlanPatch, withoutBlankMeetings } from '@/features/plan-editing/utils/plan-settings-values';
import { testPlanSettings } from '@/testing/plan-settings';

const plan: PlanDto = {
  id: 'plan-1',
  title: 'Building Safer Communities',
  periodStart: '2019-04-01',
  periodEnd: '2022-03-31',
  status: 'Active',
  sourceDocument: undefined,
  reviewId: undefined,
  settings: testPlanSettings({ boardMeetings: ['2019-06-04'] }),
  themes: [],
  updatedAt: '2026-01-01T00:00:00Z',
  etag: '"7"',
};

describe('plan settings values', () => {
  it('round-trips the plan as read into the same values as a patch', () => {
    expect(toPlanPatch(planSettingsValuesOf(plan))).toEqual({
      patch: {
        title: plan.title,
        periodStart: '2019-04-01',
        periodEnd: '2022-03-31',
        status: 'Active',
        settings: plan.settings,
      },
    });
  });

  it('names a meeting that is not a real date by its index, as the API does, and a non-number by its setting', () => {
    const values = planSettingsValuesOf(plan);
    const result = toPlanPatch({
      ...values,
      dueSoonDays: 'thirty',
      boardMeetings: [...values.boardMeetings, { day: '31', month: '2', year: '2020' }],
    });
    expect(result).toEqual({
      errors: {
        'settings.dueSoonDays': ['Enter the days before a due date that count as due soon as a whole number'],
        'settings.boardMeetings[1]': ['Board meeting 2 must be a real date, for example 1 4 2019'],
      },
    });
  });

  it('drops board meeting rows left wholly blank', () => {
    const values = planSettingsValuesOf(plan);
    const cleaned = withoutBlankMeetings({ ...values, boardMeetings: [{ day: '', month: '', year: '' }, ...values.boardMeetings] });
    expect(cleaned.boardMeetings).toEqual([{ day: '4', month: '6', year: '2019' }]);
  });
});
