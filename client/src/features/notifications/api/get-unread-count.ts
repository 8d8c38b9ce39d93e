import { queryOptions, useQuery } from '@tanstack/react-query';

import type { UnreadCountDto } from '@/api/delivery-tracker-client';
import { notificationsQueryKey } from '@/features/notifications/api/list-notifications';
import { api } from '@/lib/api-client';

/** How often the header asks again: a digest arrives once a day, so a minute is prompt enough and cheap. */
export const unreadCountRefreshMs = 60_000;

/** `GET /api/v1/notifications/unread-count`. */
export function getUnreadCount(signal?: AbortSignal): Promise<UnreadCountDto> {
  return api.notifications.getUnreadNotificationCount(signal);
}

export function unreadCountQueryOptions() {
  return queryOptions({
    queryKey: [...notificationsQueryKey, 'unread-count'] as const,
    queryFn: ({ signal }) => getUnreadCount(signal),
    refetchInterval: unreadCountRefreshMs,
  });
}

/** The unread count for the header, refreshed every minute and whenever notifications are marked read. */
export function useUnreadCount(options: { enabled?: boolean } = {}) {
  return useQuery({ ...unreadCountQueryOptions(), ...options });
}
