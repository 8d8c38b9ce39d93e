import type { PlanDto, PlanPatch, PlanStatus, RagScale } from '@/api/delivery-tracker-client';
import { dateParts, toIsoDate, type DateParts } from '@/lib/date-parts';

/** The plan settings form as typed: dates in three parts and numbers as text, until they are sent. */
export type PlanSettingsValues = {
  title: string;
  periodStart: DateParts;
  periodEnd: DateParts;
  status: PlanStatus;
  ragScale: RagScale;
  dueSoonDays: string;
  staleAfterDays: string;
  progressRedBelowPercent: string;
  progressAmberBelowPercent: string;
  reminderDueSoonDays: string;
  overdueReminderEveryDays: string;
  escalateAfterDaysOverdue: string;
  boardUpdateRequestWorkingDays: string;
  /** 'yes' sends reminders, 'no' is a quiet plan. */
  sendReminders: 'yes' | 'no';
  boardMeetings: DateParts[];
};

/** The numeric settings in form order, with the words a message about each uses. */
export const numberSettings = [
  { key: 'dueSoonDays', words: 'the days before a due date that count as due soon' },
  { key: 'staleAfterDays', words: 'the days without an update after which an action is stale' },
  { key: 'progressRedBelowPercent', words: 'the Red progress threshold' },
  { key: 'progressAmberBelowPercent', words: 'the Amber progress threshold' },
  { key: 'reminderDueSoonDays', words: 'the days before a due date that leads are reminded' },
  { key: 'overdueReminderEveryDays', words: 'the days between reminders about an overdue action' },
  { key: 'escalateAfterDaysOverdue', words: 'the days overdue after which an action is escalated' },
  { key: 'boardUpdateRequestWorkingDays', words: 'the working days before a board meeting that leads are asked for updates' },
] as const satisfies readonly { key: keyof PlanSettingsValues; words: string }[];

export function planSettingsValuesOf(plan: PlanDto): PlanSettingsValues {
  const { settings } = plan;
  return {
    title: plan.title,
    periodStart: dateParts(plan.periodStart),
    periodEnd: dateParts(plan.periodEnd),
    status: plan.status,
    ragScale: settings.ragScale,
    dueSoonDays: String(settings.dueSoonDays),
    staleAfterDays: String(settings.staleAfterDays),
    progressRedBelowPercent: String(settings.progressRedBelowPercent),
    progressAmberBelowPercent: String(settings.progressAmberBelowPercent),
    reminderDueSoonDays: String(settings.reminderDueSoonDays),
    overdueReminderEveryDays: String(settings.overdueReminderEveryDays),
    escalateAfterDaysOverdue: String(settings.escalateAfterDaysOverdue),
    boardUpdateRequestWorkingDays: String(settings.boardUpdateRequestWorkingDays),
    sendReminders: settings.remindersPaused ? 'no' : 'yes',
    boardMeetings: settings.boardMeetings.map((date) => dateParts(date)),
  };
}

function isBlank(parts: DateParts): boolean {
  return parts.day.trim() === '' && parts.month.trim() === '' && parts.year.trim() === '';
}

/** The board meetings with rows left wholly blank taken out: the rows shown are then the dates sent. */
export function withoutBlankMeetings(values: PlanSettingsValues): PlanSettingsValues {
  return { ...values, boardMeetings: values.boardMeetings.filter((meeting) => !isBlank(meeting)) };
}

/**
 * The merge patch for the settings page, or, where the form cannot make a request of what was typed (a date that is
 * not a date, a number that is not a whole number), the errors by the names the API would use, so the page shows
 * them the one way it shows the API's. Ranges and the thresholds' order are left to the API.
 */
export function toPlanPatch(values: PlanSettingsValues): { patch: PlanPatch } | { errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const date = (parts: DateParts, field: string, what: string) => {
    const iso = toIsoDate(parts);
    if (iso === null) errors[field] = [`${what} must be a real date, for example 1 4 2019`];
    else if (iso === '') errors[field] = [`Enter ${what.toLowerCase()}`];
    return iso ?? '';
  };
  const periodStart = date(values.periodStart, 'periodStart', 'The start of the period');
  const periodEnd = date(values.periodEnd, 'periodEnd', 'The end of the period');
  const numbers = Object.fromEntries(
    numberSettings.map(({ key, words }) => {
      const text = values[key].trim();
      if (!/^\d{1,4}$/.test(text)) errors[`settings.${key}`] = [`Enter ${words} as a whole number`];
      return [key, Number(text)];
    }),
  ) as Record<(typeof numberSettings)[number]['key'], number>;
  const boardMeetings = values.boardMeetings.map((meeting, index) => date(meeting, `settings.boardMeetings[${index}]`, `Board meeting ${index + 1}`));

  if (Object.keys(errors).length > 0) return { errors };
  return {
    patch: {
      title: values.title.trim(),
      periodStart,
      periodEnd,
      status: values.status,
      settings: { ragScale: values.ragScale, ...numbers, remindersPaused: values.sendReminders === 'no', boardMeetings },
    },
  };
}
