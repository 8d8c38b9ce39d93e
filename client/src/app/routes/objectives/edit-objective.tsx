import { useState } from 'react';
import { Link, useParams } from 'react-router';

import type { ObjectiveDto } from '@/api/delivery-tracker-client';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { ConflictPanel } from '@/features/conflicts/components/conflict-panel';
import { useEditWithConflicts } from '@/features/conflicts/hooks/use-edit-with-conflicts';
import { useObjective } from '@/features/plan-editing/api/get-objective';
import { useUpdateObjective } from '@/features/plan-editing/api/update-objective';
import { ObjectiveForm, objectiveFields, type ObjectiveValues } from '@/features/plan-editing/components/objective-form';
import { ProgrammeManagersOnly } from '@/features/plan-editing/components/programme-managers-only';
import { objectiveComparedFields } from '@/features/plan-editing/utils/compared-fields';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';

/** `/objectives/:objectiveId/edit`: change an objective's text (PATCH with `If-Match`). */
export function EditObjectiveRoute() {
  return (
    <ProgrammeManagersOnly>
      <EditObjectivePage />
    </ProgrammeManagersOnly>
  );
}

function EditObjectivePage() {
  const { objectiveId = '' } = useParams();
  const objective = useObjective(objectiveId);
  usePageTitle('Edit objective');
  return (
    <QueryState query={objective} loading="Loading the objective…">
      {(loaded) => <EditObjective objective={loaded} />}
    </QueryState>
  );
}

function EditObjective({ objective }: { objective: ObjectiveDto }) {
  const update = useUpdateObjective();
  const navigateWithFlash = useNavigateWithFlash();
  const [attempt, setAttempt] = useState(0);
  const structureHref = paths.plans.edit.getHref(objective.planId);
  const edit = useEditWithConflicts<ObjectiveDto, ObjectiveValues>({
    loaded: objective,
    error: update.error,
    fields: objectiveComparedFields,
    save: (etag, values) => {
      setAttempt((previous) => previous + 1);
      update.mutate(
        { objectiveId: objective.id, etag, patch: values },
        { onSuccess: (saved) => navigateWithFlash(structureHref, `Objective ${saved.position} saved`) },
      );
    },
  });
  const errors = useFormErrors(edit.error, objectiveFields, { generalErrorHref: `#${objectiveFields[0].id}` });
  usePageTitle(errors.hasErrors || edit.conflict ? 'Error: Edit objective' : 'Edit objective');

  return (
    <>
      <BackLink to={structureHref}>Back to the plan structure</BackLink>
      {edit.conflict ? (
        <ConflictPanel what="this objective" changes={edit.conflict} onReapply={edit.reapply} onDiscard={edit.discard} />
      ) : null}
      {errors.hasErrors ? <ErrorSummary key={attempt} items={errors.summaryItems} /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Objective {edit.base.position}</span>
          <h1 className="govuk-heading-l">Edit objective</h1>
          <ObjectiveForm
            key={edit.formKey}
            initial={{ title: edit.base.title }}
            errors={errors}
            pending={update.isPending}
            submitLabel="Save objective"
            cancel={
              <Link className="govuk-link" to={structureHref}>
                Cancel
              </Link>
            }
            onSubmit={edit.submit}
          />
        </div>
      </div>
    </>
  );
}
