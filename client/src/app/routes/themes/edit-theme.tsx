import { useState } from 'react';
import { Link, useParams } from 'react-router';

import type { ThemeDto } from '@/api/delivery-tracker-client';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { ConflictPanel } from '@/features/conflicts/components/conflict-panel';
import { useEditWithConflicts } from '@/features/conflicts/hooks/use-edit-with-conflicts';
import { useTheme } from '@/features/plan-editing/api/get-theme';
import { useUpdateTheme } from '@/features/plan-editing/api/update-theme';
import { ProgrammeManagersOnly } from '@/features/plan-editing/components/programme-managers-only';
import { ThemeForm, themeFields, type ThemeValues } from '@/features/plan-editing/components/theme-form';
import { themeComparedFields } from '@/features/plan-editing/utils/compared-fields';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';

/** `/themes/:themeId/edit`: change a theme's code and title (PATCH with `If-Match`). */
export function EditThemeRoute() {
  return (
    <ProgrammeManagersOnly>
      <EditThemePage />
    </ProgrammeManagersOnly>
  );
}

function EditThemePage() {
  const { themeId = '' } = useParams();
  const theme = useTheme(themeId);
  usePageTitle('Edit theme');
  return (
    <QueryState query={theme} loading="Loading the theme…">
      {(loaded) => <EditTheme theme={loaded} />}
    </QueryState>
  );
}

function EditTheme({ theme }: { theme: ThemeDto }) {
  const update = useUpdateTheme();
  const navigateWithFlash = useNavigateWithFlash();
  const [attempt, setAttempt] = useState(0);
  const structureHref = paths.plans.edit.getHref(theme.planId);
  const edit = useEditWithConflicts<ThemeDto, ThemeValues>({
    loaded: theme,
    error: update.error,
    fields: themeComparedFields,
    save: (etag, values) => {
      setAttempt((previous) => previous + 1);
      update.mutate(
        { themeId: theme.id, etag, patch: values },
        { onSuccess: (saved) => navigateWithFlash(structureHref, `Theme ${saved.code} saved`) },
      );
    },
  });
  const errors = useFormErrors(edit.error, themeFields, { generalErrorHref: `#${themeFields[0].id}` });
  usePageTitle(errors.hasErrors || edit.conflict ? 'Error: Edit theme' : 'Edit theme');

  return (
    <>
      <BackLink to={structureHref}>Back to the plan structure</BackLink>
      {edit.conflict ? (
        <ConflictPanel what="this theme" changes={edit.conflict} onReapply={edit.reapply} onDiscard={edit.discard} />
      ) : null}
      {errors.hasErrors ? <ErrorSummary key={attempt} items={errors.summaryItems} /> : null}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Theme {edit.base.code}</span>
          <h1 className="govuk-heading-l">Edit theme</h1>
          <ThemeForm
            key={edit.formKey}
            initial={{ code: edit.base.code, title: edit.base.title }}
            errors={errors}
            pending={update.isPending}
            submitLabel="Save theme"
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
