import type { FormEvent } from 'react';

import type { ActionRatingDto, ActionStatus, RagScale } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { InsetText } from '@/components/govuk/inset-text';
import { Input } from '@/components/govuk/input';
import { Radios } from '@/components/govuk/radios';
import { Textarea } from '@/components/govuk/textarea';
import { needsJustification } from '@/features/actions/utils/needs-justification';
import type { ProgressUpdateValues } from '@/features/actions/utils/progress-update-values';
import { reportableRatings } from '@/features/actions/utils/reportable-ratings';
import { actionStatusLabels } from '@/features/plans/components/action-status-tag';
import { RagTag } from '@/features/ratings/components/rag-tag';
import { ragLabels } from '@/features/ratings/utils/rating-words';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';

/** The form's fields: the names the API gives them in a validation problem, and their input ids. */
export const progressUpdateFields = [
  { name: 'status', id: 'update-status' },
  { name: 'percentComplete', id: 'update-percent-complete' },
  { name: 'reportedRag', id: 'update-reported-rag' },
  { name: 'justification', id: 'update-justification' },
  { name: 'note', id: 'update-note' },
  { name: 'evidenceLinks', id: 'update-evidence-links' },
] as const satisfies readonly FormField[];

const statusHints: Partial<Record<ActionStatus, string>> = {
  Blocked: 'Waiting on a partner before work can go on',
  OnHold: 'Paused by decision',
  Cancelled: 'The action will not be delivered; it is no longer rated',
};

const statusItems = (Object.keys(actionStatusLabels) as ActionStatus[]).map((status) => ({
  value: status,
  text: actionStatusLabels[status],
  hint: statusHints[status],
}));

/** Whether the justification field shows: the chosen rating differs from the derived one, or the API asked for it. */
export function showsJustification(values: ProgressUpdateValues, derived: ActionRatingDto['derived'], errors: FormErrors): boolean {
  if (values.reportedRag === '' || values.reportedRag === 'none') return false;
  return needsJustification(values.reportedRag, derived) || errors.fieldErrors.justification !== undefined;
}

type ProgressUpdateFormProps = {
  values: ProgressUpdateValues;
  onChange: (values: ProgressUpdateValues) => void;
  /** The action's derived rating now and its reason: what the reported rating is compared with. */
  rating: Pick<ActionRatingDto, 'derived' | 'derivedReasonText'>;
  scale: RagScale;
  errors: FormErrors;
  pending: boolean;
  onSubmit: () => void;
};

/**
 * Status, percent complete, the lead's own rating on the plan's scale, a note and evidence links. Shows the derived
 * rating the reported one is compared with, and asks why (revealed under the chosen rating) only when they differ.
 */
export function ProgressUpdateForm({ values, onChange, rating, scale, errors, pending, onSubmit }: ProgressUpdateFormProps) {
  const set = <K extends keyof ProgressUpdateValues>(key: K) => (value: ProgressUpdateValues[K]) => onChange({ ...values, [key]: value });
  const [status, percent, reported, justification, note, evidence] = progressUpdateFields;
  const justificationShown = showsJustification(values, rating.derived, errors);

  const justificationField = (
    <Textarea
      id={justification.id}
      name="justification"
      label="Why does your rating differ from the derived rating?"
      hint="The board sees your reason beside both ratings."
      value={values.justification}
      onChange={set('justification')}
      error={errors.fieldErrors.justification}
      rows={3}
    />
  );

  const ratingItems = [
    ...reportableRatings(scale).map(({ rating: item, hint }) => ({
      value: item,
      text: ragLabels[item],
      hint,
      conditional: item === values.reportedRag && justificationShown ? justificationField : undefined,
    })),
    { value: 'none', text: 'No rating this time' },
  ];

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit();
  }

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Radios
        id={status.id}
        name="status"
        legend="What is the action’s status now?"
        legendSize="m"
        items={statusItems}
        value={values.status}
        onChange={(value) => set('status')(value as ActionStatus)}
        error={errors.fieldErrors.status}
      />
      <Input
        id={percent.id}
        name="percentComplete"
        label="Percent complete (optional)"
        hint="A whole number from 0 to 100. Leave it blank if you cannot say."
        value={values.percentComplete}
        onChange={set('percentComplete')}
        error={errors.fieldErrors.percentComplete}
        widthClass="govuk-input--width-3"
      />

      <h2 className="govuk-heading-m">Your rating</h2>
      <InsetText id="derived-rating">
        <p className="govuk-body">
          The rating derived from the schedule is <RagTag rating={rating.derived} prefix="Derived rating:" /> ({rating.derivedReasonText}).
        </p>
        <p className="govuk-body govuk-!-margin-bottom-0">If your rating is different, you will be asked why.</p>
      </InsetText>
      <Radios
        id={reported.id}
        name="reportedRag"
        legend="How would you rate delivery of this action?"
        hint="Use the council’s definitions."
        items={ratingItems}
        value={values.reportedRag}
        onChange={(value) => set('reportedRag')(value as ProgressUpdateValues['reportedRag'])}
        error={errors.fieldErrors.reportedRag}
      />

      <Textarea
        id={note.id}
        name="note"
        label="What has happened since the last update? (optional)"
        value={values.note}
        onChange={set('note')}
        error={errors.fieldErrors.note}
      />
      <Textarea
        id={evidence.id}
        name="evidenceLinks"
        label="Links to evidence (optional)"
        hint="One web address per line, starting https://, for example minutes of a meeting or a published report. Up to 20."
        value={values.evidenceLinks}
        onChange={set('evidenceLinks')}
        error={errors.fieldErrors.evidenceLinks}
        rows={3}
      />
      <Button type="submit" disabled={pending}>
        Post update
      </Button>
    </form>
  );
}
