import type { ActionDto, CorrectTimescaleRequest, TimescaleKind } from '@/api/delivery-tracker-client';
import { timescaleKindDates } from '@/features/actions/utils/timescale-words';
import { ApiProblemError } from '@/lib/api-client';
import { dateParts, toIsoDate, type DateParts } from '@/lib/date-parts';

/** The correction form as typed. */
export type TimescaleValues = {
  /** '' until chosen: a timescale the parser could not read starts with no kind. */
  kind: TimescaleKind | '';
  startDate: DateParts;
  dueDate: DateParts;
};

/** The form starts from the timescale as read (or as last corrected). */
export function initialTimescaleValues(action: ActionDto): TimescaleValues {
  const kind = action.timescale.kind === 'Unknown' ? '' : action.timescale.kind;
  return { kind, startDate: dateParts(action.timescale.startDate), dueDate: dateParts(action.timescale.dueDate) };
}

/**
 * The request the form makes, sending only the dates the chosen kind has (the fields for the others are hidden, so
 * dates left in them must not be sent), or the problem to show when a date shown is not a real date. Which dates are
 * required, and their order, is the API's to judge.
 */
export function toCorrectTimescaleRequest(values: TimescaleValues): { request: CorrectTimescaleRequest } | { error: ApiProblemError } {
  const uses = values.kind === '' ? { start: 'none', due: 'none' } : timescaleKindDates[values.kind];
  const start = uses.start === 'none' ? '' : toIsoDate(values.startDate);
  const due = uses.due === 'none' ? '' : toIsoDate(values.dueDate);
  const errors: Record<string, string[]> = {};
  if (start === null) errors.startDate = ['Start date must be a real date, like 1 4 2020'];
  if (due === null) errors.dueDate = ['Due date must be a real date, like 31 3 2021'];
  if (Object.keys(errors).length > 0) {
    return { error: new ApiProblemError(400, { status: 400, title: 'One or more validation errors occurred.', errors }) };
  }
  // No kind is sent as none, so the API's own message asks for one.
  return { request: { kind: values.kind || undefined, startDate: start || undefined, dueDate: due || undefined } };
}
