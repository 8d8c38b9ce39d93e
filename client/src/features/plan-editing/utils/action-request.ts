import type { ActionDto, ActionPatch, CreateActionRequest } from '@/api/delivery-tracker-client';
import type { ActionValues } from '@/features/plan-editing/components/action-form';

/**
 * JSON Merge Patch clears a field with `null`; the generated types say `undefined`, which JSON leaves out (and a
 * field left out is unchanged). So a field emptied in the form is sent as null.
 */
function clearable(text: string): string | undefined {
  return text === '' ? (null as unknown as undefined) : text;
}

function leads(values: ActionValues) {
  return values.leadIds.map((leadId, index) => ({ leadId, isPrimary: index === 0 }));
}

/** A new action: a blank reference is left out, so the API gives the next free one. */
export function toCreateActionRequest(values: ActionValues): CreateActionRequest {
  return {
    referenceCode: values.referenceCode === '' ? undefined : values.referenceCode,
    text: values.text,
    status: values.status,
    kpiText: values.kpiText === '' ? undefined : values.kpiText,
    timescale: values.timescale.trim() === '' ? undefined : values.timescale,
    leads: leads(values),
    leadToBeAgreed: values.leadToBeAgreed,
    recommendationNumbers: values.recommendationNumbers,
    kpiIds: values.kpiIds,
  };
}

/** A change: every field the form shows, and nothing else (percent complete and the source note stay as they are). */
export function toActionPatch(values: ActionValues): ActionPatch {
  return {
    referenceCode: values.referenceCode,
    text: values.text,
    status: values.status,
    kpiText: clearable(values.kpiText),
    // The same text keeps dates a programme manager corrected by hand; a different one is read again.
    timescale: { raw: clearable(values.timescale.trim() === '' ? '' : values.timescale) },
    leads: leads(values),
    leadToBeAgreed: values.leadToBeAgreed,
    recommendationNumbers: values.recommendationNumbers,
    kpiIds: values.kpiIds,
  };
}

/** The form's starting values for an action as read. */
export function actionValuesOf(action: ActionDto): ActionValues {
  return {
    referenceCode: action.referenceCode,
    text: action.text,
    status: action.status,
    leadIds: action.leads.map((lead) => lead.leadId),
    leadToBeAgreed: action.leadToBeAgreed,
    recommendationNumbers: action.recommendationNumbers,
    kpiText: action.kpiText ?? '',
    kpiIds: action.kpiIds,
    timescale: action.timescale.raw ?? '',
  };
}
