import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';

import type { PlanDto } from '@/api/delivery-tracker-client';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { ConflictPanel } from '@/features/conflicts/components/conflict-panel';
import { useEditWithConflicts } from '@/features/conflicts/hooks/use-edit-with-conflicts';
import { useUpdatePlan } from '@/features/plan-editing/api/update-plan';
import { PlanSettingsForm, planSettingsFields } from '@/features/plan-editing/components/plan-settings-form';
import { ProgrammeManagersOnly } from '@/features/plan-editing/components/programme-managers-only';
import { planSettingsComparedFields } from '@/features/plan-editing/utils/compared-fields';
import { planSettingsValuesOf, toPlanPatch, type PlanSettingsValues } from '@/features/plan-editing/utils/plan-settings-values';
import { usePlan } from '@/features/plans/api/get-plan';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { ApiProblemError } from '@/lib/api-client';

/** `/plans/:planId/settings`: the plan's title, period, status, RAG scale and thresholds, reminders and board calendar. */
export function PlanSettingsRoute() {
  return (
    <ProgrammeManagersOnly>
      <PlanSettingsPage />
    </ProgrammeManagersOnly>
  );
}

function PlanSettingsPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  usePageTitle('Plan settings');
  return (
    <QueryState query={plan} loading="Loading the plan…">
      {(loaded) => <PlanSettings plan={loaded} />}
    </QueryState>
  );
}

function PlanSettings({ plan }: { plan: PlanDto }) {
  const update = useUpdatePlan();
  const navigateWithFlash = useNavigateWithFlash();
  const [attempt, setAttempt] = useState(0);
  // What the form could not send (a date that is not a date), shown the same way as the API's problems.
  const [localError, setLocalError] = useState<ApiProblemError | undefined>();
  const [meetingRows, setMeetingRows] = useState(plan.settings.boardMeetings.length);
  const structureHref = paths.plans.edit.getHref(plan.id);
  const edit = useEditWithConflicts<PlanDto, PlanSettingsValues>({
    loaded: plan,
    error: update.error,
    fields: planSettingsComparedFields,
    save: (etag, values) => {
      const result = toPlanPatch(values);
      if ('errors' in result) return;
      update.mutate(
        { planId: plan.id, etag, patch: result.patch },
        { onSuccess: () => navigateWithFlash(structureHref, 'Plan settings saved') },
      );
    },
  });
  const fields = useMemo(() => planSettingsFields(meetingRows), [meetingRows]);
  const errors = useFormErrors(localError ?? edit.error, fields, { generalErrorHref: '#plan-title' });
  usePageTitle(errors.hasErrors || edit.conflict ? 'Error: Plan settings' : 'Plan settings');

  function handleSubmit(values: PlanSettingsValues) {
    setAttempt((previous) => previous + 1);
    setMeetingRows(values.boardMeetings.length);
    const result = toPlanPatch(values);
    if ('errors' in result) {
      update.reset();
      setLocalError(new ApiProblemError(400, { status: 400, title: 'One or more validation errors occurred.', errors: result.errors }));
      return;
    }
    setLocalError(undefined);
    edit.submit(values);
  }

  return (
    <>
      <BackLink to={structureHref}>Back to the plan structure</BackLink>
      {edit.conflict ? (
        <ConflictPanel what="the plan’s settings" changes={edit.conflict} onReapply={edit.reapply} onDiscard={edit.discard} />
      ) : null}
      {errors.hasErrors ? <ErrorSummary key={attempt} items={errors.summaryItems} /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{edit.base.title}</span>
          <h1 className="govuk-heading-xl">Plan settings</h1>
          <PlanSettingsForm
            key={edit.formKey}
            initial={planSettingsValuesOf(edit.base)}
            errors={errors}
            pending={update.isPending}
            onSubmit={handleSubmit}
            cancel={
              <Link className="govuk-link" to={structureHref}>
                Cancel
              </Link>
            }
          />
        </div>
      </div>
    </>
  );
}
