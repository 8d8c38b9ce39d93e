import type { PlanSettingsDto } from '@/api/delivery-tracker-client';

/** A plan's settings as the API creates them by default (3-point scale, 30/60 days, 70%/90%), for page tests. */
export function testPlanSettings(overrides: Partial<PlanSettingsDto> = {}): PlanSettingsDto {
  return {
    ragScale: 'ThreePoint',
    dueSoonDays: 30,
    staleAfterDays: 60,
    progressRedBelowPercent: 70,
    progressAmberBelowPercent: 90,
    reminderDueSoonDays: 14,
    overdueReminderEveryDays: 7,
    escalateAfterDaysOverdue: 30,
    boardUpdateRequestWorkingDays: 10,
    remindersPaused: false,
    boardMeetings: [],
    ...overrides,
  };
}
