import type { TimescaleConfidence, TimescaleKind } from '@/api/delivery-tracker-client';

/** Each kind of timescale in words, for the action page and the correction form. */
export const timescaleKindLabels: Record<TimescaleKind, string> = {
  ByDate: 'By a date',
  Range: 'Between two dates',
  StartOnly: 'From a start date',
  Ongoing: 'Ongoing',
  Recurring: 'Recurring each plan year',
  ToBeAgreed: 'To be agreed',
  Unknown: 'Not recognised',
};

/** How far the dates read from the text can be trusted, in words. */
export const timescaleConfidenceLabels: Record<TimescaleConfidence, string> = {
  High: 'High',
  Medium: 'Medium',
  Low: 'Low',
  None: 'None – no dates could be read',
};

/**
 * Which dates each kind has, as the API's CorrectTimescaleRequest rules say: a due date for ByDate, Range and
 * Recurring; a start date for Range, StartOnly and Recurring, optional for Ongoing; none for the rest.
 */
export const timescaleKindDates: Record<TimescaleKind, { start: 'required' | 'optional' | 'none'; due: 'required' | 'none' }> = {
  ByDate: { start: 'none', due: 'required' },
  Range: { start: 'required', due: 'required' },
  StartOnly: { start: 'required', due: 'none' },
  Ongoing: { start: 'optional', due: 'none' },
  Recurring: { start: 'required', due: 'required' },
  ToBeAgreed: { start: 'none', due: 'none' },
  Unknown: { start: 'none', due: 'none' },
};
