import { useRef, useState } from 'react';
import { Link } from 'react-router';

import type { NotificationDto } from '@/api/delivery-tracker-client';
import { ApiErrorMessage } from '@/components/errors/api-error-message';
import { Button } from '@/components/govuk/button';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { useNotifications } from '@/features/notifications/api/list-notifications';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from '@/features/notifications/api/mark-notification-read';
import { NotificationCard } from '@/features/notifications/components/notification-card';
import { usePageTitle } from '@/hooks/use-page-title';

/**
 * The signed-in user's notifications, newest first: reminder digests sent to them or to the lead they are, each with
 * its actions. Unread ones are tagged; each can be marked read, or all at once. Older ones load on request.
 */
export function NotificationsRoute() {
  usePageTitle('Notifications');
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const [allMarked, setAllMarked] = useState(false);
  // "Mark all as read" disappears once it has worked: focus goes to the page's heading, below the success banner.
  const title = useRef<HTMLHeadingElement>(null);

  const items = notifications.data?.pages.flatMap((page) => page.items) ?? [];
  const anyUnread = items.some((notification) => !notification.readAt);
  const markingId = markRead.isPending ? markRead.variables : undefined;

  function handleMarkRead(notification: NotificationDto) {
    setAllMarked(false);
    markRead.mutate(notification.id);
  }

  return (
    <>
      {allMarked ? <NotificationBanner type="success" heading="All your notifications are marked as read" /> : null}
      {markRead.isError ? <ApiErrorMessage error={markRead.error} /> : null}
      {markAll.isError ? <ApiErrorMessage error={markAll.error} /> : null}

      <h1 className="govuk-heading-xl" ref={title} tabIndex={-1}>
        Notifications
      </h1>
      <p className="govuk-body">
        Reminders about actions you lead, and other messages from the service.{' '}
        <Link className="govuk-link" to={paths.account.settings.getHref()}>
          Change whether reminders are also emailed to you
        </Link>
        .
      </p>

      <QueryState
        query={notifications}
        loading="Loading your notifications…"
        isEmpty={(data) => data.pages.every((page) => page.items.length === 0)}
        empty={<p className="govuk-body">You have no notifications.</p>}
      >
        {() => (
          <>
            {anyUnread ? (
              <Button
                variant="secondary"
                disabled={markAll.isPending}
                onClick={() =>
                  markAll.mutate(undefined, {
                    onSuccess: () => {
                      setAllMarked(true);
                      title.current?.focus();
                    },
                  })
                }
              >
                Mark all as read
              </Button>
            ) : null}
            {items.map((notification) => (
              <NotificationCard key={notification.id} notification={notification} onMarkRead={handleMarkRead} marking={markingId === notification.id} />
            ))}
            {notifications.hasNextPage ? (
              <Button variant="secondary" disabled={notifications.isFetchingNextPage} onClick={() => void notifications.fetchNextPage()}>
                Show older notifications
              </Button>
            ) : null}
            {notifications.isFetchNextPageError ? <ApiErrorMessage error={notifications.error} /> : null}
          </>
        )}
      </QueryState>
    </>
  );
}
