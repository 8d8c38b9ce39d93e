import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';

import type { ActionDto, PlanDto } from '@/api/delivery-tracker-client';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { useUpdateAction } from '@/features/actions/api/update-action';
import { ConflictPanel } from '@/features/conflicts/components/conflict-panel';
import { useEditWithConflicts } from '@/features/conflicts/hooks/use-edit-with-conflicts';
import { useActionToEdit } from '@/features/plan-editing/api/get-action-to-edit';
import { ActionForm, actionFields, type ActionValues } from '@/features/plan-editing/components/action-form';
import { deleteStepHref } from '@/features/plan-editing/components/plan-structure-list';
import { ProgrammeManagersOnly } from '@/features/plan-editing/components/programme-managers-only';
import { useActionFormChoices, type ActionFormChoices } from '@/features/plan-editing/hooks/use-action-form-choices';
import { actionValuesOf, toActionPatch } from '@/features/plan-editing/utils/action-request';
import { actionComparedFields } from '@/features/plan-editing/utils/compared-fields';
import { usePlan } from '@/features/plans/api/get-plan';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';

/** `/actions/:actionId/edit`: change an action's fields and links (PATCH with `If-Match`), or go on to delete it. */
export function EditActionRoute() {
  return (
    <ProgrammeManagersOnly>
      <EditActionPage />
    </ProgrammeManagersOnly>
  );
}

function EditActionPage() {
  const { actionId = '' } = useParams();
  const action = useActionToEdit(actionId);
  usePageTitle('Edit action');
  return (
    <QueryState query={action} loading="Loading the action…">
      {(loaded) => <WithPlan action={loaded} />}
    </QueryState>
  );
}

function WithPlan({ action }: { action: ActionDto }) {
  const plan = usePlan(action.planId);
  return (
    <QueryState query={plan} loading="Loading the plan…">
      {(loaded) => <WithChoices action={action} plan={loaded} />}
    </QueryState>
  );
}

function WithChoices({ action, plan }: { action: ActionDto; plan: PlanDto }) {
  const choices = useActionFormChoices(plan);
  return (
    <QueryState query={choices} loading="Loading the leads, KPIs and recommendations…">
      {(loaded) => <EditAction action={action} plan={plan} choices={loaded} />}
    </QueryState>
  );
}

function EditAction({ action, plan, choices }: { action: ActionDto; plan: PlanDto; choices: ActionFormChoices }) {
  const update = useUpdateAction();
  const navigateWithFlash = useNavigateWithFlash();
  const [attempt, setAttempt] = useState(0);
  const [leadRows, setLeadRows] = useState(Math.max(1, action.leads.length));
  const compared = useMemo(() => actionComparedFields(choices), [choices]);
  const edit = useEditWithConflicts<ActionDto, ActionValues>({
    loaded: action,
    error: update.error,
    fields: compared,
    save: (etag, values) => {
      setAttempt((previous) => previous + 1);
      setLeadRows(Math.max(1, values.leadIds.length));
      update.mutate(
        { actionId: action.id, etag, patch: toActionPatch(values) },
        { onSuccess: (saved) => navigateWithFlash(paths.plans.edit.getHref(plan.id), `Action ${saved.referenceCode} saved`) },
      );
    },
  });
  const fields = useMemo(() => actionFields(leadRows), [leadRows]);
  const errors = useFormErrors(edit.error, fields, { generalErrorHref: '#action-reference' });
  usePageTitle(errors.hasErrors || edit.conflict ? 'Error: Edit action' : 'Edit action');
  const structureHref = paths.plans.edit.getHref(plan.id);

  return (
    <>
      <BackLink to={structureHref}>Back to the plan structure</BackLink>
      {edit.conflict ? (
        <ConflictPanel what="this action" changes={edit.conflict} onReapply={edit.reapply} onDiscard={edit.discard} />
      ) : null}
      {errors.hasErrors ? <ErrorSummary key={attempt} items={errors.summaryItems} /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Action {edit.base.referenceCode}</span>
          <h1 className="govuk-heading-l">Edit action</h1>
          <ActionForm
            key={edit.formKey}
            planId={plan.id}
            isNew={false}
            initial={actionValuesOf(edit.base)}
            choices={choices}
            errors={errors}
            pending={update.isPending}
            submitLabel="Save action"
            links={
              <>
                <Link className="govuk-link" to={structureHref}>
                  Cancel
                </Link>
                <Link className="govuk-link" to={deleteStepHref(plan.id, 'action', action.id)}>
                  Delete this action
                </Link>
              </>
            }
            onSubmit={edit.submit}
          />
        </div>
      </div>
    </>
  );
}
