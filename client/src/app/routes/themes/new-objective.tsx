import { useState } from 'react';
import { Link, useParams } from 'react-router';

import type { ThemeDto } from '@/api/delivery-tracker-client';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { useCreateObjective } from '@/features/plan-editing/api/create-objective';
import { useTheme } from '@/features/plan-editing/api/get-theme';
import { ObjectiveForm, objectiveFields } from '@/features/plan-editing/components/objective-form';
import { ProgrammeManagersOnly } from '@/features/plan-editing/components/programme-managers-only';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';

/** `/themes/:themeId/objectives/new`: a new objective, added after the theme's last one. */
export function NewObjectiveRoute() {
  return (
    <ProgrammeManagersOnly>
      <NewObjectivePage />
    </ProgrammeManagersOnly>
  );
}

function NewObjectivePage() {
  const { themeId = '' } = useParams();
  const theme = useTheme(themeId);
  usePageTitle('Add an objective');
  return (
    <QueryState query={theme} loading="Loading the theme…">
      {(loaded) => <NewObjective theme={loaded} />}
    </QueryState>
  );
}

function NewObjective({ theme }: { theme: ThemeDto }) {
  const create = useCreateObjective(theme.id);
  const navigateWithFlash = useNavigateWithFlash();
  const [attempt, setAttempt] = useState(0);
  const errors = useFormErrors(create.error, objectiveFields, { generalErrorHref: `#${objectiveFields[0].id}` });
  usePageTitle(errors.hasErrors ? 'Error: Add an objective' : 'Add an objective');
  const structureHref = paths.plans.edit.getHref(theme.planId);

  return (
    <>
      <BackLink to={structureHref}>Back to the plan structure</BackLink>
      {errors.hasErrors ? <ErrorSummary key={attempt} items={errors.summaryItems} /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">
            Theme {theme.code}: {theme.title}
          </span>
          <h1 className="govuk-heading-l">Add an objective</h1>
          <p className="govuk-body">The objective goes after the theme’s last objective; move it on the plan structure page.</p>
          <ObjectiveForm
            initial={{ title: '' }}
            errors={errors}
            pending={create.isPending}
            submitLabel="Add objective"
            cancel={
              <Link className="govuk-link" to={structureHref}>
                Cancel
              </Link>
            }
            onSubmit={(values) => {
              setAttempt((previous) => previous + 1);
              create.mutate(values, {
                onSuccess: (objective) => navigateWithFlash(structureHref, `Objective ${objective.position} added to theme ${theme.code}`),
              });
            }}
          />
        </div>
      </div>
    </>
  );
}
