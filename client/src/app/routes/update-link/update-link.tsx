import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

import type { UpdateLinkActionDto, UpdateLinkDto } from '@/api/delivery-tracker-client';
import { ApiErrorMessage } from '@/components/errors/api-error-message';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { FlashBanner } from '@/components/states/flash-banner';
import { paths } from '@/config/paths';
import { ProgressUpdateForm, progressUpdateFields, showsJustification } from '@/features/actions/components/progress-update-form';
import { foldEvidenceLinkErrors } from '@/features/actions/utils/evidence-link-errors';
import {
  initialProgressUpdateValues,
  toProgressUpdateRequest,
  type ProgressUpdateValues,
} from '@/features/actions/utils/progress-update-values';
import { ConflictPanel } from '@/features/conflicts/components/conflict-panel';
import { useEditWithConflicts } from '@/features/conflicts/hooks/use-edit-with-conflicts';
import type { ComparedField } from '@/features/conflicts/utils/conflict';
import { actionStatusLabels } from '@/features/plans/components/action-status-tag';
import { useUpdateLink } from '@/features/update-links/api/get-update-link';
import { usePostLinkUpdate } from '@/features/update-links/api/post-link-update';
import { LinkActionsTable } from '@/features/update-links/components/link-actions-table';
import { LinkRefused, linkRefusal, refusalTitle } from '@/features/update-links/components/link-refused';
import { useFormErrors } from '@/hooks/use-form-errors';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiProblemError, type ApiProblemError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format-date-time';
import { takeUpdateLinkTokenFromHash } from '@/lib/update-link-token';

/** What a 412 compares: the action as the lead last saw it, as someone else left it, and this update. */
const comparedFields: readonly ComparedField<UpdateLinkActionDto, ProgressUpdateValues>[] = [
  { label: 'Status', fromResource: (action) => actionStatusLabels[action.status], fromForm: (form) => actionStatusLabels[form.status] },
  {
    label: 'Percent complete',
    fromResource: (action) => (action.percentComplete === undefined || action.percentComplete === null ? '' : `${action.percentComplete}%`),
    fromForm: (form) => (form.percentComplete.trim() === '' ? '' : `${form.percentComplete.trim()}%`),
  },
  {
    label: 'Latest progress update',
    fromResource: (action) => (action.lastProgressAt ? formatDateTime(action.lastProgressAt) : ''),
    fromForm: () => 'This update',
  },
];

/**
 * The page behind a signed update link (`/update#<token>`), for a partner lead with no account: the actions the link
 * covers, and a progress update form for each (`?action=`). The token is taken from the address's fragment before the
 * first request, kept for this tab, and removed from the address bar so it is not bookmarked, shared or shown.
 */
export function UpdateLinkRoute() {
  const location = useLocation();
  const navigate = useNavigate();
  // Before the first request, so it carries the token this link brought (replacing one an older link left).
  useState(() => takeUpdateLinkTokenFromHash(location.hash));
  useEffect(() => {
    if (location.hash) navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: location.state });
  }, [location.hash, location.pathname, location.search, location.state, navigate]);

  const link = useUpdateLink();
  const [search] = useSearchParams();
  const actionId = search.get('action');

  if (link.isPending) {
    return (
      <>
        <Title text="Update your actions" />
        <p className="govuk-body" role="status">
          Loading your actions…
        </p>
      </>
    );
  }
  if (link.isError) {
    const refusal = linkRefusal(link.error);
    if (refusal) return <LinkRefused reason={refusal} />;
    return (
      <>
        <Title text="Update your actions" />
        <h1 className="govuk-heading-l">Update your actions</h1>
        <ApiErrorMessage error={link.error} />
      </>
    );
  }
  if (actionId !== null) {
    const action = link.data.actions.find((candidate) => candidate.id === actionId);
    return action ? <PostLinkUpdatePage key={action.id} action={action} /> : <ActionNotCovered />;
  }
  return <LinkOverview link={link.data} />;
}

function Title({ text }: { text: string }) {
  usePageTitle(text);
  return null;
}

function LinkOverview({ link }: { link: UpdateLinkDto }) {
  usePageTitle('Update your actions');
  return (
    <>
      <FlashBanner />
      <span className="govuk-caption-l">{link.leadName}</span>
      <h1 className="govuk-heading-l">Update your actions</h1>
      <p className="govuk-body">
        You have been sent this link because these actions need a progress update. You do not need an account to use it.
      </p>
      <p className="govuk-body">This link works until {formatDateTime(link.expiresAt)}. It only lets you post updates on these actions.</p>
      {link.actions.length === 0 ? (
        <p className="govuk-body">There is nothing to update: the actions in your reminder have since been completed or closed.</p>
      ) : (
        <LinkActionsTable actions={link.actions} />
      )}
    </>
  );
}

const notCoveredTitle = 'Action not found';

function ActionNotCovered() {
  usePageTitle(notCoveredTitle);
  return (
    <>
      <BackLink to={paths.updateLink.getHref()}>Back to your actions</BackLink>
      <h1 className="govuk-heading-l">{notCoveredTitle}</h1>
      <p className="govuk-body">This link does not cover that action. Choose one of your actions from the list.</p>
    </>
  );
}

function PostLinkUpdatePage({ action }: { action: UpdateLinkActionDto }) {
  const [values, setValues] = useState(() => initialProgressUpdateValues(action));
  const [localError, setLocalError] = useState<ApiProblemError | undefined>();
  const [attempt, setAttempt] = useState(0);
  const post = usePostLinkUpdate();
  const navigateWithFlash = useNavigateWithFlash();
  const edit = useEditWithConflicts<UpdateLinkActionDto, ProgressUpdateValues>({
    loaded: action,
    error: post.error,
    fields: comparedFields,
    values,
    onDiscard: (current) => setValues(initialProgressUpdateValues(current)),
    save: (etag, submitted, version) => {
      setAttempt((previous) => previous + 1);
      const result = toProgressUpdateRequest(submitted, showsJustification(submitted, version.derivedRag, errors));
      if ('error' in result) {
        post.reset();
        setLocalError(result.error);
        return;
      }
      setLocalError(undefined);
      post.mutate(
        { actionId: action.id, etag, request: result.request },
        { onSuccess: () => navigateWithFlash(paths.updateLink.getHref(), `Update posted on ${action.referenceCode}`) },
      );
    },
  });

  const refusal = linkRefusal(edit.error);
  const notCovered = isApiProblemError(edit.error) && edit.error.status === 404;
  const errors = useFormErrors(refusal || notCovered ? undefined : (localError ?? foldEvidenceLinkErrors(edit.error)), progressUpdateFields, {
    generalErrorHref: `#${progressUpdateFields[0].id}`,
  });
  const title = `Post an update on ${action.referenceCode}`;
  // The page's own title, or that of the page shown instead of it (a parent's title effect runs after its child's).
  usePageTitle(
    refusal ? refusalTitle(refusal) : notCovered ? notCoveredTitle : errors.hasErrors || edit.conflict !== null ? `Error: ${title}` : title,
  );

  if (refusal) return <LinkRefused reason={refusal} />;
  if (notCovered) return <ActionNotCovered />;

  return (
    <>
      <BackLink to={paths.updateLink.getHref()}>Back to your actions</BackLink>
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
            rating={{ derived: edit.base.derivedRag, derivedReasonText: edit.base.derivedReasonText }}
            scale={action.ragScale}
            errors={errors}
            pending={post.isPending}
            onSubmit={() => edit.submit(values)}
          />
        </div>
      </div>
    </>
  );
}
