import { useState } from 'react';
import { Link, useParams } from 'react-router';

import type { PlanDto } from '@/api/delivery-tracker-client';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { usePlan } from '@/features/plans/api/get-plan';
import { useCreateTheme } from '@/features/plan-editing/api/create-theme';
import { ProgrammeManagersOnly } from '@/features/plan-editing/components/programme-managers-only';
import { ThemeForm, themeFields } from '@/features/plan-editing/components/theme-form';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';

/** `/plans/:planId/themes/new`: a new theme, added after the plan's last one. */
export function NewThemeRoute() {
  return (
    <ProgrammeManagersOnly>
      <NewThemePage />
    </ProgrammeManagersOnly>
  );
}

function NewThemePage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  usePageTitle('Add a theme');
  return (
    <QueryState query={plan} loading="Loading the plan…">
      {(loaded) => <NewTheme plan={loaded} />}
    </QueryState>
  );
}

function NewTheme({ plan }: { plan: PlanDto }) {
  const create = useCreateTheme(plan.id);
  const navigateWithFlash = useNavigateWithFlash();
  const [attempt, setAttempt] = useState(0);
  // A 409 (the plan has the code) is about no one field in the problem, but it is the code that must change.
  const errors = useFormErrors(create.error, themeFields, { generalErrorHref: `#${themeFields[0].id}` });
  usePageTitle(errors.hasErrors ? 'Error: Add a theme' : 'Add a theme');
  const structureHref = paths.plans.edit.getHref(plan.id);

  return (
    <>
      <BackLink to={structureHref}>Back to the plan structure</BackLink>
      {errors.hasErrors ? <ErrorSummary key={attempt} items={errors.summaryItems} /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{plan.title}</span>
          <h1 className="govuk-heading-l">Add a theme</h1>
          <p className="govuk-body">The theme goes after the plan’s last theme; move it on the plan structure page.</p>
          <ThemeForm
            initial={{ code: '', title: '' }}
            errors={errors}
            pending={create.isPending}
            submitLabel="Add theme"
            cancel={
              <Link className="govuk-link" to={structureHref}>
                Cancel
              </Link>
            }
            onSubmit={(values) => {
              setAttempt((previous) => previous + 1);
              create.mutate(values, { onSuccess: (theme) => navigateWithFlash(structureHref, `Theme ${theme.code} added`) });
            }}
          />
        </div>
      </div>
    </>
  );
}
