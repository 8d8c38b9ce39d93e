import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';

import type { PlanDto } from '@/api/delivery-tracker-client';
import { QueryState } from '@/components/states/query-state';
import { WarningText } from '@/components/govuk/warning-text';
import { paths } from '@/config/paths';
import { useDeleteAction } from '@/features/actions/api/delete-action';
import { useActionToEdit } from '@/features/plan-editing/api/get-action-to-edit';
import { useObjective } from '@/features/plan-editing/api/get-objective';
import { useTheme } from '@/features/plan-editing/api/get-theme';
import { useDeleteObjective } from '@/features/plan-editing/api/delete-objective';
import { useDeleteTheme } from '@/features/plan-editing/api/delete-theme';
import type { StructureLevel } from '@/features/plan-editing/api/move-item';
import { DeleteConfirmation } from '@/features/plan-editing/components/delete-confirmation';
import { shortText } from '@/features/plan-editing/utils/short-text';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiProblemError } from '@/lib/api-client';

type DeleteStepProps = { plan: PlanDto; level: StructureLevel; id: string };

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The item as the plan tree has it, with its parents: what the step lists as its dependents. */
function findInTree(plan: PlanDto, level: StructureLevel, id: string) {
  for (const theme of plan.themes) {
    if (level === 'theme' && theme.id === id) return { theme };
    for (const objective of theme.objectives) {
      if (level === 'objective' && objective.id === id) return { theme, objective };
      for (const action of objective.actions) {
        if (level === 'action' && action.id === id) return { theme, objective, action };
      }
    }
  }
  return undefined;
}

/**
 * The structure page's delete step for one theme, objective or action (`?delete=theme&id=…`). The item is read afresh
 * for its version (`If-Match`) and its dependents' count; the tree gives their names.
 */
export function DeleteStep({ plan, level, id }: DeleteStepProps) {
  // Judged once: after a delete the tree is read again without the item, and the step must not turn into "not in this
  // plan" in the moment before it goes back to the structure.
  const [found] = useState(() => findInTree(plan, level, id) !== undefined);
  if (!found) return <NotInPlan plan={plan} level={level} />;
  if (level === 'theme') return <DeleteThemeStep plan={plan} themeId={id} />;
  if (level === 'objective') return <DeleteObjectiveStep plan={plan} objectiveId={id} />;
  return <DeleteActionStep plan={plan} actionId={id} />;
}

function NotInPlan({ plan, level }: { plan: PlanDto; level: StructureLevel }) {
  usePageTitle(`The ${level} is not in this plan`);
  return (
    <>
      <h1 className="govuk-heading-l">The {level} is not in this plan</h1>
      <p className="govuk-body">It may have been deleted already.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.plans.edit.getHref(plan.id)}>
          Back to the plan structure
        </Link>
      </p>
    </>
  );
}

/** After a 412 the item is read again, so the step shows it as it is now and deletes that version. */
function useRefreshOn412(queryKey: readonly unknown[]) {
  const queryClient = useQueryClient();
  return (error: unknown) => {
    if (isApiProblemError(error) && error.status === 412) void queryClient.invalidateQueries({ queryKey });
  };
}

function DeleteThemeStep({ plan, themeId }: { plan: PlanDto; themeId: string }) {
  const theme = useTheme(themeId);
  const remove = useDeleteTheme();
  const navigateWithFlash = useNavigateWithFlash();
  const refresh = useRefreshOn412(['themes', 'detail', themeId]);
  const structureHref = paths.plans.edit.getHref(plan.id);
  const objectives = findInTree(plan, 'theme', themeId)?.theme.objectives ?? [];
  return (
    <QueryState query={theme} loading="Loading the theme…">
      {(loaded) => (
        <DeleteConfirmation
          what={`theme ${loaded.code}`}
          kind="theme"
          caption={plan.title}
          rows={[
            { key: 'Code', value: loaded.code },
            { key: 'Title', value: loaded.title },
          ]}
          blocker={
            loaded.objectiveCount > 0 ? (
              <>
                <WarningText>
                  You cannot delete this theme while it has {plural(loaded.objectiveCount, 'objective', 'objectives')}. Delete its objectives
                  (and their actions) first, then come back.
                </WarningText>
                <h2 className="govuk-heading-m">Its objectives</h2>
                <ul className="govuk-list govuk-list--bullet">
                  {objectives.map((objective) => (
                    <li key={objective.id}>
                      {shortText(objective.title)} ({plural(objective.actions.length, 'action', 'actions')})
                    </li>
                  ))}
                </ul>
              </>
            ) : null
          }
          goesWith="The theme has no objectives, so nothing else is deleted with it. Its code becomes free for another theme."
          cancelHref={structureHref}
          pending={remove.isPending}
          error={remove.error}
          onDelete={() =>
            remove.mutate(
              { themeId, etag: loaded.etag },
              { onSuccess: () => navigateWithFlash(structureHref, `Theme ${loaded.code} deleted`), onError: refresh },
            )
          }
        />
      )}
    </QueryState>
  );
}

function DeleteObjectiveStep({ plan, objectiveId }: { plan: PlanDto; objectiveId: string }) {
  const objective = useObjective(objectiveId);
  const remove = useDeleteObjective();
  const navigateWithFlash = useNavigateWithFlash();
  const refresh = useRefreshOn412(['objectives', 'detail', objectiveId]);
  const structureHref = paths.plans.edit.getHref(plan.id);
  const inTree = findInTree(plan, 'objective', objectiveId);
  const what = `objective ${inTree?.objective?.position ?? ''} of theme ${inTree?.theme.code ?? ''}`;
  return (
    <QueryState query={objective} loading="Loading the objective…">
      {(loaded) => (
        <DeleteConfirmation
          what={what}
          kind="objective"
          caption={plan.title}
          rows={[
            { key: 'Theme', value: `${inTree?.theme.code ?? ''} ${inTree?.theme.title ?? ''}` },
            { key: 'Objective', value: loaded.title },
          ]}
          blocker={
            loaded.actionCount > 0 ? (
              <>
                <WarningText>
                  You cannot delete this objective while it has {plural(loaded.actionCount, 'action', 'actions')}. Delete them first, then come
                  back.
                </WarningText>
                <h2 className="govuk-heading-m">Its actions</h2>
                <ul className="govuk-list govuk-list--bullet">
                  {(inTree?.objective?.actions ?? []).map((action) => (
                    <li key={action.id}>
                      <Link className="govuk-link" to={paths.actions.edit.getHref(action.id)}>
                        {action.referenceCode}
                      </Link>{' '}
                      {shortText(action.text, 80)}
                    </li>
                  ))}
                </ul>
              </>
            ) : null
          }
          goesWith="The objective has no actions, so nothing else is deleted with it. The objectives after it move up one place."
          cancelHref={structureHref}
          pending={remove.isPending}
          error={remove.error}
          onDelete={() =>
            remove.mutate(
              { objectiveId, etag: loaded.etag },
              { onSuccess: () => navigateWithFlash(structureHref, `Objective deleted from theme ${inTree?.theme.code ?? ''}`), onError: refresh },
            )
          }
        />
      )}
    </QueryState>
  );
}

function DeleteActionStep({ plan, actionId }: { plan: PlanDto; actionId: string }) {
  const action = useActionToEdit(actionId);
  const remove = useDeleteAction();
  const navigateWithFlash = useNavigateWithFlash();
  const refresh = useRefreshOn412(['actions', 'edit', actionId]);
  const structureHref = paths.plans.edit.getHref(plan.id);
  return (
    <QueryState query={action} loading="Loading the action…">
      {(loaded) => (
        <DeleteConfirmation
          what={`action ${loaded.referenceCode}`}
          kind="action"
          caption={plan.title}
          rows={[
            { key: 'Reference', value: loaded.referenceCode },
            { key: 'Action', value: loaded.text },
          ]}
          blocker={
            loaded.lastProgressAt ? (
              <>
                <WarningText>
                  You cannot delete this action: it has progress updates, and their history must stay. Set its status to Cancelled instead.
                </WarningText>
                <p className="govuk-body">
                  <Link className="govuk-link" to={paths.actions.edit.getHref(loaded.id)}>
                    Edit action {loaded.referenceCode}
                  </Link>
                </p>
              </>
            ) : null
          }
          goesWith="Its links to leads, KPIs and recommendations are deleted with it; the leads, KPIs and recommendations themselves stay."
          cancelHref={structureHref}
          pending={remove.isPending}
          error={remove.error}
          onDelete={() =>
            remove.mutate(
              { actionId, etag: loaded.etag },
              { onSuccess: () => navigateWithFlash(structureHref, `Action ${loaded.referenceCode} deleted`), onError: refresh },
            )
          }
        />
      )}
    </QueryState>
  );
}
