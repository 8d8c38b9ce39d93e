import { Link } from 'react-router';

import type { MoveDirection } from '@/features/plan-editing/utils/move-in-order';

/** The id of an item's "Move up" or "Move down" button, so the page can put focus back on it after the move. */
export function moveButtonId(itemId: string, direction: MoveDirection): string {
  return `move-${direction}-${itemId}`;
}

type ItemControlsProps = {
  itemId: string;
  /** What the item is, for screen readers: "theme SYV", "action SYV-1.2". Each control's name ends with it. */
  name: string;
  editHref: string;
  deleteHref: string;
  /** Absent for the first item (or when the order cannot be changed yet). */
  onMoveUp?: () => void;
  /** Absent for the last item. */
  onMoveDown?: () => void;
};

/**
 * Edit, Delete, Move up and Move down for one theme, objective or action, in the GOV.UK summary-list actions style.
 * Edit and Delete go to pages; the moves are buttons (they change something here and now) that look like the links.
 */
export function ItemControls({ itemId, name, editHref, deleteHref, onMoveUp, onMoveDown }: ItemControlsProps) {
  const hidden = (
    <>
      {' '}
      <span className="govuk-visually-hidden">{name}</span>
    </>
  );
  return (
    <ul className="govuk-summary-list__actions-list app-item-controls">
      <li className="govuk-summary-list__actions-list-item">
        <Link className="govuk-link" to={editHref}>
          Edit{hidden}
        </Link>
      </li>
      <li className="govuk-summary-list__actions-list-item">
        <Link className="govuk-link" to={deleteHref}>
          Delete{hidden}
        </Link>
      </li>
      {onMoveUp ? (
        <li className="govuk-summary-list__actions-list-item">
          <button type="button" id={moveButtonId(itemId, 'up')} className="app-link-button" onClick={onMoveUp}>
            Move up{hidden}
          </button>
        </li>
      ) : null}
      {onMoveDown ? (
        <li className="govuk-summary-list__actions-list-item">
          <button type="button" id={moveButtonId(itemId, 'down')} className="app-link-button" onClick={onMoveDown}>
            Move down{hidden}
          </button>
        </li>
      ) : null}
    </ul>
  );
}
