import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import type { PageOfNotificationDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** Newest first, a page at a time: older notifications are fetched only when asked for ("Show older notifications"). */
const NOTIFICATIONS_PAGE_SIZE = 20;

/** Everything about notifications (the list and the unread count), so one invalidation refreshes both. */
export const notificationsQueryKey = ['notifications'] as const;

/** `GET /api/v1/notifications`: the signed-in user's own and their lead's notifications, newest first. */
export function listNotifications(cursor: string | undefined, signal?: AbortSignal): Promise<PageOfNotificationDto> {
  return api.notifications.listNotifications(undefined, NOTIFICATIONS_PAGE_SIZE, cursor, signal);
}

export function listNotificationsQueryOptions() {
  return infiniteQueryOptions({
    queryKey: [...notificationsQueryKey, 'list'] as const,
    queryFn: ({ pageParam, signal }) => listNotifications(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useNotifications() {
  return useInfiniteQuery(listNotificationsQueryOptions());
}
