import type { ActionDto, ObjectiveDto, PlanDto, RagScale, ThemeDto } from '@/api/delivery-tracker-client';
import type { ComparedField } from '@/features/conflicts/utils/conflict';
import type { ActionValues } from '@/features/plan-editing/components/action-form';
import type { ActionFormChoices } from '@/features/plan-editing/hooks/use-action-form-choices';
import { numberSettings, type PlanSettingsValues } from '@/features/plan-editing/utils/plan-settings-values';
import { actionStatusLabels } from '@/features/plans/components/action-status-tag';
import { planStatusLabels } from '@/features/plans/components/plan-status-tag';
import { toIsoDate, type DateParts } from '@/lib/date-parts';
import { formatIsoDate } from '@/lib/format-date';
import type { ObjectiveValues } from '@/features/plan-editing/components/objective-form';
import type { ThemeValues } from '@/features/plan-editing/components/theme-form';

/** What the conflict panel compares for a theme: the two fields the form edits. */
export const themeComparedFields: readonly ComparedField<ThemeDto, ThemeValues>[] = [
  { label: 'Code', fromResource: (theme) => theme.code, fromForm: (values) => values.code },
  { label: 'Title', fromResource: (theme) => theme.title, fromForm: (values) => values.title },
];

export const objectiveComparedFields: readonly ComparedField<ObjectiveDto, ObjectiveValues>[] = [
  { label: 'Objective', fromResource: (objective) => objective.title, fromForm: (values) => values.title },
];

/**
 * What the conflict panel compares for an action: every field the form edits, in words (lead and KPI names, not ids).
 * Names come from the form's choices, so the other person's version and the user's values read the same way.
 */
export function actionComparedFields(choices: ActionFormChoices): readonly ComparedField<ActionDto, ActionValues>[] {
  const leadName = new Map(choices.leads.map((lead) => [lead.id, lead.name]));
  const kpiCode = new Map(choices.kpis.map((kpi) => [kpi.id, kpi.code]));
  const leads = (ids: readonly string[], toBeAgreed: boolean) => (toBeAgreed ? 'To be agreed' : ids.map((id) => leadName.get(id) ?? id).join(', '));
  const kpis = (ids: readonly string[]) => ids.map((id) => kpiCode.get(id) ?? id).join(', ');
  const numbers = (values: readonly number[]) => [...values].sort((a, b) => a - b).join(', ');
  return [
    { label: 'Reference', fromResource: (action) => action.referenceCode, fromForm: (values) => values.referenceCode },
    { label: 'What is to be done', fromResource: (action) => action.text, fromForm: (values) => values.text },
    { label: 'Status', fromResource: (action) => actionStatusLabels[action.status], fromForm: (values) => actionStatusLabels[values.status] },
    {
      label: 'Leads',
      fromResource: (action) => leads(action.leads.map((lead) => lead.leadId), action.leadToBeAgreed),
      fromForm: (values) => leads(values.leadIds, values.leadToBeAgreed),
    },
    { label: 'Recommendations', fromResource: (action) => numbers(action.recommendationNumbers), fromForm: (values) => numbers(values.recommendationNumbers) },
    { label: 'KPI (as written)', fromResource: (action) => action.kpiText ?? '', fromForm: (values) => values.kpiText },
    { label: 'KPIs', fromResource: (action) => kpis(action.kpiIds), fromForm: (values) => kpis(values.kpiIds) },
    { label: 'Timescale', fromResource: (action) => action.timescale.raw ?? '', fromForm: (values) => values.timescale },
  ];
}

const scaleWords: Record<RagScale, string> = { ThreePoint: '3-point', FivePoint: '5-point Delivery Confidence' };

/** A date as the page shows it, from the API's ISO date or from what was typed. */
function dateText(iso: string | undefined): string {
  return iso ? formatIsoDate(iso) : '';
}
function typedDate(parts: DateParts): string {
  const iso = toIsoDate(parts);
  return iso ? formatIsoDate(iso) : [parts.day, parts.month, parts.year].join(' ').trim();
}

/** What the conflict panel compares for the plan settings page: every field it edits. */
export const planSettingsComparedFields: readonly ComparedField<PlanDto, PlanSettingsValues>[] = [
  { label: 'Title', fromResource: (plan) => plan.title, fromForm: (values) => values.title },
  { label: 'Start of the period', fromResource: (plan) => dateText(plan.periodStart), fromForm: (values) => typedDate(values.periodStart) },
  { label: 'End of the period', fromResource: (plan) => dateText(plan.periodEnd), fromForm: (values) => typedDate(values.periodEnd) },
  { label: 'Status', fromResource: (plan) => planStatusLabels[plan.status], fromForm: (values) => planStatusLabels[values.status] },
  { label: 'RAG scale', fromResource: (plan) => scaleWords[plan.settings.ragScale], fromForm: (values) => scaleWords[values.ragScale] },
  ...numberSettings.map(
    ({ key, words }): ComparedField<PlanDto, PlanSettingsValues> => ({
      label: words.charAt(0).toUpperCase() + words.slice(1),
      fromResource: (plan) => String(plan.settings[key]),
      fromForm: (values) => values[key],
    }),
  ),
  {
    label: 'Board calendar',
    fromResource: (plan) => plan.settings.boardMeetings.map(dateText).join(', '),
    fromForm: (values) => values.boardMeetings.map(typedDate).join(', '),
  },
];
