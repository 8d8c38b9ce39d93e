import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';

import type { PlanDto } from '@/api/delivery-tracker-client';
import { ApiErrorMessage } from '@/components/errors/api-error-message';
import { BackLink } from '@/components/govuk/back-link';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { FlashBanner } from '@/components/states/flash-banner';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { usePlan } from '@/features/plans/api/get-plan';
import { useObjectivesOfThemes } from '@/features/plan-editing/api/list-objectives';
import { useThemes } from '@/features/plan-editing/api/list-themes';
import { useMoveItem, type MoveItemVariables, type StructureLevel } from '@/features/plan-editing/api/move-item';
import { DeleteStep } from '@/features/plan-editing/components/delete-step';
import { moveButtonId } from '@/features/plan-editing/components/item-controls';
import { PlanStructureList } from '@/features/plan-editing/components/plan-structure-list';
import { ProgrammeManagersOnly } from '@/features/plan-editing/components/programme-managers-only';
import type { MoveDirection } from '@/features/plan-editing/utils/move-in-order';
import { siblingIndex } from '@/features/plan-editing/utils/sibling-index';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiProblemError } from '@/lib/api-client';

const levels: readonly StructureLevel[] = ['theme', 'objective', 'action'];

/**
 * `/plans/:planId/edit`: the plan's structure for programme managers, with add, edit, delete and reorder for its
 * themes, objectives and actions. `?delete=theme&id=…` opens the delete step for one item instead.
 */
export function PlanStructureRoute() {
  return (
    <ProgrammeManagersOnly>
      <PlanStructurePage />
    </ProgrammeManagersOnly>
  );
}

function PlanStructurePage() {
  const { planId = '' } = useParams();
  const [search] = useSearchParams();
  const plan = usePlan(planId);
  usePageTitle('Plan structure');
  const deleteLevel = levels.find((level) => level === search.get('delete'));
  const deleteId = search.get('id');

  if (deleteLevel && deleteId) {
    return (
      <QueryState query={plan} loading="Loading the plan…">
        {(loaded) => (
          <>
            <BackLink to={paths.plans.edit.getHref(loaded.id)}>Back to the plan structure</BackLink>
            <DeleteStep key={`${deleteLevel}-${deleteId}`} plan={loaded} level={deleteLevel} id={deleteId} />
          </>
        )}
      </QueryState>
    );
  }
  return (
    <QueryState query={plan} loading="Loading the plan…">
      {(loaded) => <StructureView plan={loaded} isFetching={plan.isFetching} />}
    </QueryState>
  );
}

function StructureView({ plan, isFetching }: { plan: PlanDto; isFetching: boolean }) {
  usePageTitle('Plan structure');
  const themes = useThemes(plan.id);
  const objectives = useObjectivesOfThemes(plan.themes.map((theme) => theme.id));
  const move = useMoveItem();
  const [status, setStatus] = useState('');
  const [focusTarget, setFocusTarget] = useState<{ itemId: string; direction: MoveDirection; index: number }>();

  // Versions read before the last change may be stale: no move until every list is read again.
  const busy = move.isPending || isFetching || themes.isFetching || objectives.isFetching;
  const themeEtags = new Map((themes.data ?? []).map((theme) => [theme.id, theme.etag]));
  const objectiveEtags = new Map([...objectives.byId].map(([id, objective]) => [id, objective.etag]));

  function handleMove(variables: MoveItemVariables, name: string) {
    if (busy) return;
    const index = siblingIndex(plan, variables.itemId) + (variables.direction === 'up' ? -1 : 1);
    setFocusTarget(undefined);
    move.mutate(variables, {
      onSuccess: () => {
        const message = `Moved ${name} ${variables.direction}`;
        // The same words twice would not be read out again; a trailing no-break space makes them new.
        setStatus((previous) => (previous === message ? `${message}\u00a0` : message));
        setFocusTarget({ itemId: variables.itemId, direction: variables.direction, index });
      },
    });
  }

  // Once the tree shows the item in its new place, focus goes back to its button (or its other one, at either end):
  // moving a node in the document drops focus, and a keyboard user should be able to press again.
  useEffect(() => {
    if (!focusTarget || siblingIndex(plan, focusTarget.itemId) !== focusTarget.index) return;
    const other: MoveDirection = focusTarget.direction === 'up' ? 'down' : 'up';
    const button =
      document.getElementById(moveButtonId(focusTarget.itemId, focusTarget.direction)) ??
      document.getElementById(moveButtonId(focusTarget.itemId, other));
    button?.focus();
    setFocusTarget(undefined);
  }, [focusTarget, plan]);

  const conflict = isApiProblemError(move.error) && move.error.status === 412;
  return (
    <>
      <FlashBanner />
      <BackLink to={paths.plans.plan.getHref(plan.id)}>Back to the plan</BackLink>
      {conflict ? (
        <NotificationBanner heading="Someone else changed the order while you were looking">
          <p className="govuk-body">The page now shows the order as it is. Move the item again if you still need to.</p>
        </NotificationBanner>
      ) : move.isError ? (
        <ApiErrorMessage error={move.error} />
      ) : null}
      <span className="govuk-caption-l">{plan.title}</span>
      <h1 className="govuk-heading-xl">Plan structure</h1>
      <p className="govuk-body">
        Add, change, reorder and delete the plan’s themes, objectives and actions. Change the plan’s RAG scale, thresholds and board
        calendar in its{' '}
        <Link className="govuk-link" to={paths.plans.settings.getHref(plan.id)}>
          settings
        </Link>
        .
      </p>
      <p className="govuk-visually-hidden" role="status">
        {status}
      </p>
      {plan.themes.length === 0 ? <p className="govuk-body">The plan has no themes yet. Add its first theme to start.</p> : null}
      <PlanStructureList plan={plan} themeEtags={themeEtags} objectiveEtags={objectiveEtags} onMove={handleMove} />
      <Link className="govuk-button govuk-button--secondary" to={paths.plans.newTheme.getHref(plan.id)}>
        Add a theme
      </Link>
    </>
  );
}
