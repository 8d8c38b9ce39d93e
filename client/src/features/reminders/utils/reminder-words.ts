import type { DeliveryChannel, ReminderKind, ReminderState } from '@/api/delivery-tracker-client';
import type { TagColour } from '@/components/govuk/tag';
import { formatIsoDate } from '@/lib/format-date';

/** Why someone was reminded, in the words the pages use. */
export const reminderKindNames: Record<ReminderKind, string> = {
  DueSoon: 'Due soon',
  Overdue: 'Overdue',
  Escalation: 'Escalated',
  BoardUpdateRequest: 'Update for the board',
  Unassigned: 'No lead',
};

/** A reminder's delivery state as a tag: always words, the colour only supports them. */
export const reminderStateTags: Record<ReminderState, { text: string; colour: TagColour }> = {
  Pending: { text: 'Waiting to send', colour: 'grey' },
  Delivered: { text: 'Delivered', colour: 'green' },
  Failed: { text: 'Failed, will retry', colour: 'red' },
  Withdrawn: { text: 'Withdrawn', colour: 'grey' },
};

export const deliveryChannelNames: Record<DeliveryChannel, string> = {
  InApp: 'in the service',
  Email: 'by email',
};

/**
 * What a reminder says about its action, in one line: "Overdue by 31 days (due 1 March 2020)", "Due on 10 April 2020",
 * "Board meeting on 16 June 2020". `daysOverdue` is as of the scan that recorded it.
 */
export function reminderReason(reminder: { kind: ReminderKind; dueOn: string; daysOverdue: number }): string {
  const due = formatIsoDate(reminder.dueOn);
  switch (reminder.kind) {
    case 'Overdue':
    case 'Escalation':
      return `Overdue by ${reminder.daysOverdue} ${reminder.daysOverdue === 1 ? 'day' : 'days'} (due ${due})`;
    case 'DueSoon':
      return `Due on ${due}`;
    case 'BoardUpdateRequest':
      return `Update needed for the board meeting on ${due}`;
    case 'Unassigned':
      return reminder.daysOverdue > 0 ? `No lead, overdue by ${reminder.daysOverdue} days (due ${due})` : `No lead, due on ${due}`;
  }
}

/** The channels a digest reached, in words: "in the service and by email". */
export function deliveredViaText(channels: readonly DeliveryChannel[]): string {
  return channels.map((channel) => deliveryChannelNames[channel]).join(' and ');
}
