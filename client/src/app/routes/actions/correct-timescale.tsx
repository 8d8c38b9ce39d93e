import { useState } from 'react';
import { useParams } from 'react-router';

import type { ActionDto } from '@/api/delivery-tracker-client';
import { PermissionDenied } from '@/components/errors/permission-denied';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { SummaryList } from '@/components/govuk/summary-list';
import { paths } from '@/config/paths';
import { useCorrectTimescale } from '@/features/actions/api/correct-timescale';
import { useAction } from '@/features/actions/api/get-action';
import { ActionLoadFailed, isNotFound } from '@/features/actions/components/action-load-failed';
import { TimescaleForm, timescaleFields } from '@/features/actions/components/timescale-form';
import { initialTimescaleValues, toCorrectTimescaleRequest, type TimescaleValues } from '@/features/actions/utils/timescale-values';
import { timescaleConfidenceLabels, timescaleKindLabels } from '@/features/actions/utils/timescale-words';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canEditPlans } from '@/features/auth/utils/permissions';
import { ConflictPanel } from '@/features/conflicts/components/conflict-panel';
import { useEditWithConflicts } from '@/features/conflicts/hooks/use-edit-with-conflicts';
import type { ComparedField } from '@/features/conflicts/utils/conflict';
import { ragLabels } from '@/features/ratings/utils/rating-words';
import { useFormErrors } from '@/hooks/use-form-errors';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiProblemError, type ApiProblemError } from '@/lib/api-client';
import { formatIsoDate } from '@/lib/format-date';
import { toIsoDate, type DateParts } from '@/lib/date-parts';

function formDate(parts: DateParts): string {
  const iso = toIsoDate(parts);
  if (iso === null) return `${parts.day}/${parts.month}/${parts.year}`;
  return iso ? formatIsoDate(iso) : '';
}

/** What a 412 compares: the timescale as the user last saw it, as the other person left it, and this correction. */
const comparedFields: readonly ComparedField<ActionDto, TimescaleValues>[] = [
  {
    label: 'Kind',
    fromResource: (action) => timescaleKindLabels[action.timescale.kind],
    fromForm: (form) => (form.kind ? timescaleKindLabels[form.kind] : ''),
  },
  {
    label: 'Start date',
    fromResource: (action) => (action.timescale.startDate ? formatIsoDate(action.timescale.startDate) : ''),
    fromForm: (form) => formDate(form.startDate),
  },
  {
    label: 'Due date',
    fromResource: (action) => (action.timescale.dueDate ? formatIsoDate(action.timescale.dueDate) : ''),
    fromForm: (form) => formDate(form.dueDate),
  },
];

/** Programme managers correct the dates read from an action's timescale text; the text itself is kept as written. */
export function CorrectTimescaleRoute() {
  const { actionId = '' } = useParams();
  const action = useAction(actionId);
  const user = useCurrentUser().data;

  if (action.isPending) {
    return (
      <>
        <PageTitle title="Correct the timescale" />
        <p className="govuk-body" role="status">
          Loading the action…
        </p>
      </>
    );
  }
  if (action.isError) {
    return (
      <>
        <PageTitle title={isNotFound(action.error) ? 'Action not found' : 'Action could not be loaded'} />
        <ActionLoadFailed error={action.error} />
      </>
    );
  }
  if (!canEditPlans(user)) {
    return (
      <PermissionDenied
        reason="Only programme managers can correct a timescale."
        advice="If the dates look wrong, tell the programme manager for the plan."
      />
    );
  }
  return <CorrectTimescalePage action={action.data} />;
}

function PageTitle({ title, hasErrors = false }: { title: string; hasErrors?: boolean }) {
  usePageTitle(hasErrors ? `Error: ${title}` : title);
  return null;
}

function CorrectTimescalePage({ action }: { action: ActionDto }) {
  const [values, setValues] = useState(() => initialTimescaleValues(action));
  const [localError, setLocalError] = useState<ApiProblemError | undefined>();
  const [attempt, setAttempt] = useState(0);
  const correct = useCorrectTimescale();
  const navigateWithFlash = useNavigateWithFlash();
  const edit = useEditWithConflicts<ActionDto, TimescaleValues>({
    loaded: action,
    error: correct.error,
    fields: comparedFields,
    values,
    onDiscard: (current) => setValues(initialTimescaleValues(current)),
    save: (etag, submitted) => {
      setAttempt((previous) => previous + 1);
      const result = toCorrectTimescaleRequest(submitted);
      if ('error' in result) {
        correct.reset();
        setLocalError(result.error);
        return;
      }
      setLocalError(undefined);
      correct.mutate(
        { actionId: action.id, etag, request: result.request },
        {
          onSuccess: (saved) =>
            navigateWithFlash(
              paths.actions.action.getHref(action.id),
              'Timescale corrected',
              `The ratings have been worked out again with the new dates: the effective rating is now ${saved.rating.effective ? ragLabels[saved.rating.effective] : 'not rated'}.`,
            ),
        },
      );
    },
  });

  const errors = useFormErrors(localError ?? edit.error, timescaleFields, {
    generalErrorHref: `#${timescaleFields[0].id}`,
  });
  if (isApiProblemError(edit.error) && edit.error.status === 403) {
    return <PermissionDenied reason={edit.error.problem.detail ?? 'Only programme managers can correct a timescale.'} advice="If the dates look wrong, tell the programme manager for the plan." />;
  }

  const { timescale } = edit.base;
  return (
    <>
      <PageTitle title={`Correct the timescale of ${action.referenceCode}`} hasErrors={errors.hasErrors || edit.conflict !== null} />
      <BackLink to={paths.actions.action.getHref(action.id)}>Back to the action</BackLink>
      {edit.conflict ? (
        <ConflictPanel key={attempt} what="this action" changes={edit.conflict} onReapply={edit.reapply} onDiscard={edit.discard} />
      ) : errors.hasErrors ? (
        <ErrorSummary key={attempt} items={errors.summaryItems} />
      ) : null}
      <span className="govuk-caption-l">Action {action.referenceCode}</span>
      <h1 className="govuk-heading-l">Correct the timescale</h1>
      <p className="govuk-body">{action.text}</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'As written in the plan', value: timescale.raw?.trim() || 'Not given' },
              { key: 'Read as', value: timescaleKindLabels[timescale.kind] },
              { key: 'Confidence', value: timescaleConfidenceLabels[timescale.confidence] },
              ...(timescale.note ? [{ key: 'How it was read', value: timescale.note }] : []),
            ]}
          />
          <p className="govuk-body">The text stays as written. Your dates replace the reading, and the action’s ratings are worked out again from them.</p>
          <TimescaleForm values={values} onChange={setValues} errors={errors} pending={correct.isPending} onSubmit={() => edit.submit(values)} />
        </div>
      </div>
    </>
  );
}
