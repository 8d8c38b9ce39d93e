import type { ActionStatus } from '@/api/delivery-tracker-client';
import { Tag, type TagColour } from '@/components/govuk/tag';

/** The words for each action status; the tag colour only supports them. */
export const actionStatusLabels: Record<ActionStatus, string> = {
  NotStarted: 'Not started',
  InProgress: 'In progress',
  Blocked: 'Blocked',
  OnHold: 'On hold',
  Completed: 'Completed',
  Cancelled: 'Cancelled',
};

const actionStatusColours: Record<ActionStatus, TagColour> = {
  NotStarted: 'grey',
  InProgress: 'blue',
  Blocked: 'orange',
  OnHold: 'yellow',
  Completed: 'green',
  Cancelled: 'purple',
};

export function ActionStatusTag({ status }: { status: ActionStatus }) {
  return <Tag colour={actionStatusColours[status]}>{actionStatusLabels[status]}</Tag>;
}
