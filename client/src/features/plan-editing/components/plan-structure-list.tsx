import { Link } from 'react-router';

import type { ActionNodeDto, ObjectiveNodeDto, PlanDto, ThemeNodeDto } from '@/api/delivery-tracker-client';
import { paths, queryString } from '@/config/paths';
import type { MoveItemVariables, StructureLevel } from '@/features/plan-editing/api/move-item';
import { ItemControls } from '@/features/plan-editing/components/item-controls';
import type { MoveDirection } from '@/features/plan-editing/utils/move-in-order';
import { shortText } from '@/features/plan-editing/utils/short-text';

/** The structure page's address with the delete step for one item open. */
export function deleteStepHref(planId: string, level: StructureLevel, id: string): string {
  return `${paths.plans.edit.getHref(planId)}${queryString({ delete: level, id })}`;
}

/** How an item is named to screen readers and in the "Moved … up" message. */
export function themeName(theme: Pick<ThemeNodeDto, 'code'>): string {
  return `theme ${theme.code}`;
}
export function objectiveName(theme: Pick<ThemeNodeDto, 'code'>, objective: Pick<ObjectiveNodeDto, 'position'>): string {
  return `objective ${objective.position} of theme ${theme.code}`;
}
export function actionName(action: Pick<ActionNodeDto, 'referenceCode'>): string {
  return `action ${action.referenceCode}`;
}

type PlanStructureListProps = {
  plan: PlanDto;
  /** The ETag of each theme (reordering its objectives needs it); moves wait until it is known. */
  themeEtags: ReadonlyMap<string, string>;
  /** The ETag of each objective (reordering its actions needs it). */
  objectiveEtags: ReadonlyMap<string, string>;
  onMove: (variables: MoveItemVariables, name: string) => void;
};

/**
 * The plan's themes in order, each with its objectives and their actions (reference and the start of the text), and
 * for every item the controls to edit, delete and move it, and links to add what goes under it.
 */
export function PlanStructureList({ plan, themeEtags, objectiveEtags, onMove }: PlanStructureListProps) {
  const themeIds = plan.themes.map((theme) => theme.id);

  /** The move handlers for one item: none past either end, and none until the parent's version is known. */
  function moves(level: StructureLevel, parentId: string, parentEtag: string | undefined, siblingIds: string[], itemId: string, name: string) {
    const index = siblingIds.indexOf(itemId);
    const handler = (direction: MoveDirection) =>
      parentEtag === undefined ? undefined : () => onMove({ level, parentId, parentEtag, siblingIds, itemId, direction }, name);
    return {
      onMoveUp: index > 0 ? handler('up') : undefined,
      onMoveDown: index < siblingIds.length - 1 ? handler('down') : undefined,
    };
  }

  return (
    <>
      {plan.themes.map((theme) => {
        const objectiveIds = theme.objectives.map((objective) => objective.id);
        return (
          <section key={theme.id} className="app-structure__theme" aria-labelledby={`theme-heading-${theme.id}`}>
            <h2 className="govuk-heading-l app-structure__heading" id={`theme-heading-${theme.id}`}>
              <span className="govuk-caption-m">Theme {theme.code}</span> {theme.title}
            </h2>
            <ItemControls
              itemId={theme.id}
              name={themeName(theme)}
              editHref={paths.themes.edit.getHref(theme.id)}
              deleteHref={deleteStepHref(plan.id, 'theme', theme.id)}
              {...moves('theme', plan.id, plan.etag, themeIds, theme.id, themeName(theme))}
            />

            {theme.objectives.length === 0 ? <p className="govuk-body">This theme has no objectives yet.</p> : null}
            {theme.objectives.map((objective) => {
              const actionIds = objective.actions.map((action) => action.id);
              const name = objectiveName(theme, objective);
              return (
                <div key={objective.id} className="app-structure__objective">
                  <h3 className="govuk-heading-m app-structure__heading">
                    <span className="govuk-caption-m">Objective {objective.position}</span> {objective.title}
                  </h3>
                  <ItemControls
                    itemId={objective.id}
                    name={name}
                    editHref={paths.objectives.edit.getHref(objective.id)}
                    deleteHref={deleteStepHref(plan.id, 'objective', objective.id)}
                    {...moves('objective', theme.id, themeEtags.get(theme.id), objectiveIds, objective.id, name)}
                  />
                  {objective.actions.length === 0 ? (
                    <p className="govuk-body">This objective has no actions yet.</p>
                  ) : (
                    <dl className="govuk-summary-list">
                      {objective.actions.map((action) => (
                        <div key={action.id} className="govuk-summary-list__row">
                          <dt className="govuk-summary-list__key">{action.referenceCode}</dt>
                          <dd className="govuk-summary-list__value">{shortText(action.text)}</dd>
                          <dd className="govuk-summary-list__actions">
                            <ItemControls
                              itemId={action.id}
                              name={actionName(action)}
                              editHref={paths.actions.edit.getHref(action.id)}
                              deleteHref={deleteStepHref(plan.id, 'action', action.id)}
                              {...moves('action', objective.id, objectiveEtags.get(objective.id), actionIds, action.id, actionName(action))}
                            />
                          </dd>
                        </div>
                      ))}
                    </dl>
                  )}
                  <p className="govuk-body">
                    <Link className="govuk-link" to={paths.objectives.newAction.getHref(objective.id)}>
                      Add an action{' '}<span className="govuk-visually-hidden">to {name}</span>
                    </Link>
                  </p>
                </div>
              );
            })}
            <p className="govuk-body">
              <Link className="govuk-link" to={paths.themes.newObjective.getHref(theme.id)}>
                Add an objective{' '}<span className="govuk-visually-hidden">to {themeName(theme)}</span>
              </Link>
            </p>
          </section>
        );
      })}
    </>
  );
}
