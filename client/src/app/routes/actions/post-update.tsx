import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';

import type { ActionDto, RagScale } from '@/api/delivery-tracker-client';
import { PermissionDenied } from '@/components/errors/permission-denied';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { paths } from '@/config/paths';
import { useCreateProgressUpdate } from '@/features/actions/api/create-progress-update';
import { useAction } from '@/features/actions/api/get-action';
import { ActionLoadFailed, isNotFound } from '@/features/actions/components/action-load-failed';
import { ProgressUpdateForm, progressUpdateFields, showsJustification } from '@/features/actions/components/progress-update-form';
import { foldEvidenceLinkErrors } from '@/features/actions/utils/evidence-link-errors';
import {
  initialProgressUpdateValues,
  toProgressUpdateRequest,
  type ProgressUpdateValues,
} from '@/features/actions/utils/progress-update-values';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canPostProgress } from '@/features/auth/utils/permissions';
import { ConflictPanel } from '@/features/conflicts/components/conflict-panel';
import { useEditWithConflicts } from '@/features/conflicts/hooks/use-edit-with-conflicts';
import type { ComparedField } from '@/features/conflicts/utils/conflict';
import { getPlanQueryOptions } from '@/features/plans/api/get-plan';
import { actionStatusLabels } from '@/features/plans/components/action-status-tag';
import { ragLabels } from '@/features/ratings/utils/rating-words';
import { useFormErrors } from '@/hooks/use-form-errors';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiProblemError, type ApiProblemError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format-date-time';

/** What a 412 compares: the action as the user last saw it, as the other person left it, and this update. */
const comparedFields: readonly ComparedField<ActionDto, ProgressUpdateValues>[] = [
  { label: 'Status', fromResource: (action) => actionStatusLabels[action.status], fromForm: (form) => actionStatusLabels[form.status] },
  {
    label: 'Percent complete',
    fromResource: (action) => (action.percentComplete === undefined || action.percentComplete === null ? '' : `${action.percentComplete}%`),
    fromForm: (form) => (form.percentComplete.trim() === '' ? '' : `${form.percentComplete.trim()}%`),
  },
  {
    label: 'Reported rating',
    fromResource: (action) => (action.rating.reported ? ragLabels[action.rating.reported] : ''),
    fromForm: (form) => (form.reportedRag === '' || form.reportedRag === 'none' ? '' : ragLabels[form.reportedRag]),
  },
  {
    label: 'Latest progress update',
    fromResource: (action) => (action.lastProgressAt ? formatDateTime(action.lastProgressAt) : ''),
    fromForm: () => 'This update',
  },
];

const notAllowed = 'Only programme managers and the action’s leads can post progress updates.';

/** Post a progress update on an action: leads on the actions they lead, programme managers on any. */
export function PostUpdateRoute() {
  const { actionId = '' } = useParams();
  const action = useAction(actionId);
  const planId = action.data?.planId ?? '';
  const plan = useQuery({ ...getPlanQueryOptions(planId), enabled: planId !== '' });
  const user = useCurrentUser().data;

  if (action.isPending || (planId !== '' && plan.isPending)) {
    return (
      <>
        <PageTitle action={action.data} />
        <p className="govuk-body" role="status">
          Loading the action…
        </p>
      </>
    );
  }
  if (action.isError) {
    return (
      <>
        <PageTitle action={undefined} failed={isNotFound(action.error) ? 'Action not found' : 'Action could not be loaded'} />
        <ActionLoadFailed error={action.error} />
      </>
    );
  }
  if (!canPostProgress(user, action.data)) {
    const isLead = user?.roles.includes('Lead') ?? false;
    return (
      <PermissionDenied
        reason={isLead ? `You can post progress updates only on actions you lead; ${action.data.referenceCode} is led by others.` : notAllowed}
        advice="If you think you should be able to, ask a programme manager to add you as a lead of the action."
      />
    );
  }
  // A plan that cannot be read still lets the lead report, on the 3-point scale every plan understands.
  return <PostUpdatePage action={action.data} scale={plan.data?.settings.ragScale ?? 'ThreePoint'} />;
}

function PageTitle({ action, failed, hasErrors = false }: { action: ActionDto | undefined; failed?: string; hasErrors?: boolean }) {
  const title = failed ?? (action ? `Post a progress update on ${action.referenceCode}` : 'Post a progress update');
  usePageTitle(hasErrors ? `Error: ${title}` : title);
  return null;
}

function PostUpdatePage({ action, scale }: { action: ActionDto; scale: RagScale }) {
  const [values, setValues] = useState(() => initialProgressUpdateValues(action));
  const [localError, setLocalError] = useState<ApiProblemError | undefined>();
  const [attempt, setAttempt] = useState(0);
  const create = useCreateProgressUpdate();
  const navigateWithFlash = useNavigateWithFlash();
  // The version the user is working from: the action when the page opened, or the other person's after a conflict.
  const edit = useEditWithConflicts<ActionDto, ProgressUpdateValues>({
    loaded: action,
    error: create.error,
    fields: comparedFields,
    values,
    onDiscard: (current) => setValues(initialProgressUpdateValues(current)),
    save: (etag, submitted, version) => {
      setAttempt((previous) => previous + 1);
      const result = toProgressUpdateRequest(submitted, showsJustification(submitted, version.rating.derived, errors));
      if ('error' in result) {
        create.reset();
        setLocalError(result.error);
        return;
      }
      setLocalError(undefined);
      create.mutate(
        { actionId: action.id, etag, request: result.request },
        { onSuccess: () => navigateWithFlash(paths.actions.action.getHref(action.id), 'Progress update posted') },
      );
    },
  });

  const forbidden = isApiProblemError(edit.error) && edit.error.status === 403 ? edit.error : undefined;
  const errors = useFormErrors(forbidden ? undefined : (localError ?? foldEvidenceLinkErrors(edit.error)), progressUpdateFields, {
    generalErrorHref: `#${progressUpdateFields[0].id}`,
  });

  if (forbidden) {
    return <PermissionDenied reason={forbidden.problem.detail ?? notAllowed} advice="If you think you should be able to, ask a programme manager to add you as a lead of the action." />;
  }

  return (
    <>
      <PageTitle action={action} hasErrors={errors.hasErrors || edit.conflict !== null} />
      <BackLink to={paths.actions.action.getHref(action.id)}>Back to the action</BackLink>
      {edit.conflict ? (
        <ConflictPanel key={attempt} what="this action" changes={edit.conflict} onReapply={edit.reapply} onDiscard={edit.discard} />
      ) : errors.hasErrors ? (
        <ErrorSummary key={attempt} items={errors.summaryItems} />
      ) : null}
      <span className="govuk-caption-l">Action {action.referenceCode}</span>
      <h1 className="govuk-heading-l">Post a progress update</h1>
      <p className="govuk-body">{action.text}</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ProgressUpdateForm
            values={values}
            onChange={setValues}
            rating={edit.base.rating}
            scale={scale}
            errors={errors}
            pending={create.isPending}
            onSubmit={() => edit.submit(values)}
          />
        </div>
      </div>
    </>
  );
}
