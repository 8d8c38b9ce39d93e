import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';

import type { ObjectiveDto, PlanDto } from '@/api/delivery-tracker-client';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { useCreateAction } from '@/features/actions/api/create-action';
import { useObjective } from '@/features/plan-editing/api/get-objective';
import { ActionForm, actionFields, emptyActionValues } from '@/features/plan-editing/components/action-form';
import { ProgrammeManagersOnly } from '@/features/plan-editing/components/programme-managers-only';
import { useActionFormChoices, type ActionFormChoices } from '@/features/plan-editing/hooks/use-action-form-choices';
import { toCreateActionRequest } from '@/features/plan-editing/utils/action-request';
import { usePlan } from '@/features/plans/api/get-plan';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';

/** `/objectives/:objectiveId/actions/new`: a new action, added after the objective's last one. */
export function NewActionRoute() {
  return (
    <ProgrammeManagersOnly>
      <NewActionPage />
    </ProgrammeManagersOnly>
  );
}

function NewActionPage() {
  const { objectiveId = '' } = useParams();
  const objective = useObjective(objectiveId);
  usePageTitle('Add an action');
  return (
    <QueryState query={objective} loading="Loading the objective…">
      {(loaded) => <WithPlan objective={loaded} />}
    </QueryState>
  );
}

function WithPlan({ objective }: { objective: ObjectiveDto }) {
  const plan = usePlan(objective.planId);
  return (
    <QueryState query={plan} loading="Loading the plan…">
      {(loaded) => <WithChoices objective={objective} plan={loaded} />}
    </QueryState>
  );
}

function WithChoices({ objective, plan }: { objective: ObjectiveDto; plan: PlanDto }) {
  const choices = useActionFormChoices(plan);
  return (
    <QueryState query={choices} loading="Loading the leads, KPIs and recommendations…">
      {(loaded) => <NewAction objective={objective} plan={plan} choices={loaded} />}
    </QueryState>
  );
}

function NewAction({ objective, plan, choices }: { objective: ObjectiveDto; plan: PlanDto; choices: ActionFormChoices }) {
  const create = useCreateAction(objective.id);
  const navigateWithFlash = useNavigateWithFlash();
  const [attempt, setAttempt] = useState(0);
  const [leadRows, setLeadRows] = useState(1);
  const fields = useMemo(() => actionFields(leadRows), [leadRows]);
  // A 409 (the plan has the reference) names no field in the problem, but it is the reference that must change.
  const errors = useFormErrors(create.error, fields, { generalErrorHref: '#action-reference' });
  usePageTitle(errors.hasErrors ? 'Error: Add an action' : 'Add an action');
  const structureHref = paths.plans.edit.getHref(plan.id);
  const theme = plan.themes.find((candidate) => candidate.id === objective.themeId);

  return (
    <>
      <BackLink to={structureHref}>Back to the plan structure</BackLink>
      {errors.hasErrors ? <ErrorSummary key={attempt} items={errors.summaryItems} /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">
            {theme ? `Theme ${theme.code}, objective ${objective.position}` : `Objective ${objective.position}`}
          </span>
          <h1 className="govuk-heading-l">Add an action</h1>
          <p className="govuk-body">{objective.title}</p>
          <ActionForm
            planId={plan.id}
            isNew
            initial={emptyActionValues}
            choices={choices}
            errors={errors}
            pending={create.isPending}
            submitLabel="Add action"
            links={
              <Link className="govuk-link" to={structureHref}>
                Cancel
              </Link>
            }
            onSubmit={(values) => {
              setAttempt((previous) => previous + 1);
              setLeadRows(Math.max(1, values.leadIds.length));
              create.mutate(toCreateActionRequest(values), {
                onSuccess: (action) => navigateWithFlash(structureHref, `Action ${action.referenceCode} added`),
              });
            }}
          />
        </div>
      </div>
    </>
  );
}
