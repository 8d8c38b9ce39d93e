import type { ActionDto, ActionStatus, CreateProgressUpdateRequest, RagRating } from '@/api/delivery-tracker-client';
import { ApiProblemError } from '@/lib/api-client';

/** The progress update form as typed: text as entered, the rating '' until chosen and 'none' for "no rating". */
export type ProgressUpdateValues = {
  status: ActionStatus;
  percentComplete: string;
  reportedRag: RagRating | 'none' | '';
  justification: string;
  note: string;
  /** One link per line. */
  evidenceLinks: string;
};

/** A new update starts from the action as it stands: its status and percent complete, nothing reported yet. */
export function initialProgressUpdateValues(action: Pick<ActionDto, 'status' | 'percentComplete'>): ProgressUpdateValues {
  return {
    status: action.status,
    percentComplete: action.percentComplete === undefined || action.percentComplete === null ? '' : String(action.percentComplete),
    reportedRag: '',
    justification: '',
    note: '',
    evidenceLinks: '',
  };
}

/** The chosen reported rating, or undefined for none. */
export function chosenRating(values: ProgressUpdateValues): RagRating | undefined {
  return values.reportedRag === '' || values.reportedRag === 'none' ? undefined : values.reportedRag;
}

/**
 * The request the form makes, or the problem to show without asking the API: only a percent that is not a whole
 * number can be caught here (the API reads numbers strictly); everything else is the API's to judge.
 * `withJustification` is false when the justification field is hidden, so a reason typed for another rating is not sent.
 */
export function toProgressUpdateRequest(
  values: ProgressUpdateValues,
  withJustification: boolean,
): { request: CreateProgressUpdateRequest } | { error: ApiProblemError } {
  const percentText = values.percentComplete.trim();
  if (percentText !== '' && !/^\d{1,3}$/.test(percentText)) {
    return {
      error: new ApiProblemError(400, {
        status: 400,
        title: 'One or more validation errors occurred.',
        errors: { percentComplete: ['Enter percent complete as a whole number from 0 to 100, like 40'] },
      }),
    };
  }
  const links = values.evidenceLinks
    .split(/\r?\n/)
    .map((link) => link.trim())
    .filter((link) => link !== '');
  return {
    request: {
      status: values.status,
      percentComplete: percentText === '' ? undefined : Number(percentText),
      reportedRag: chosenRating(values),
      justification: withJustification && values.justification.trim() !== '' ? values.justification : undefined,
      note: values.note.trim() === '' ? undefined : values.note,
      evidenceLinks: links.length === 0 ? undefined : links,
    },
  };
}
