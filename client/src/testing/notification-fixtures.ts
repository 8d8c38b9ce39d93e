import type { NotificationDto, NotificationItemDto, ReminderDto } from '@/api/delivery-tracker-client';

/** A digest's reminder as `GET /api/v1/notifications` lists it. */
export function notificationItem(overrides: Partial<NotificationItemDto> = {}): NotificationItemDto {
  return {
    reminderId: 'r-1',
    actionId: 'a-1',
    referenceCode: 'SYV-1.1',
    actionText: 'Embed contextual safeguarding in the strategic approach.',
    kind: 'Overdue',
    dueOn: '2020-03-01',
    daysOverdue: 31,
    state: 'Delivered',
    ...overrides,
  };
}

/** A notification, unread unless `readAt` is given. */
export function notification(overrides: Partial<NotificationDto> = {}): NotificationDto {
  return {
    id: 'n-1',
    subject: '2 actions need an update',
    body: 'SYV-1.1 is overdue.',
    createdAt: '2020-04-01T06:05:00Z',
    readAt: undefined,
    items: [],
    ...overrides,
  };
}

/** A reminder as the reminders log lists it. */
export function reminder(overrides: Partial<ReminderDto> = {}): ReminderDto {
  return {
    id: 'rem-1',
    planId: 'plan-1',
    actionId: 'a-1',
    referenceCode: 'SYV-1.1',
    actionText: 'Embed contextual safeguarding in the strategic approach.',
    leadId: 'lead-1',
    userId: undefined,
    recipientName: 'Natasha Bishopp',
    kind: 'Overdue',
    cycle: '2020-03-01/4',
    dueOn: '2020-03-01',
    daysOverdue: 31,
    createdAt: '2020-04-01T06:00:00Z',
    state: 'Delivered',
    deliveredAt: '2020-04-01T06:01:00Z',
    deliveredVia: ['InApp', 'Email'],
    lastFailure: undefined,
    lastFailureAt: undefined,
    ...overrides,
  };
}
