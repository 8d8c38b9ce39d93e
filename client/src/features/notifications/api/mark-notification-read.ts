import { useMutation, useQueryClient } from '@tanstack/react-query';

import { notificationsQueryKey } from '@/features/notifications/api/list-notifications';
import { api } from '@/lib/api-client';

/** `POST /api/v1/notifications/{id}/read`: 204; marking twice keeps the first time it was read. */
export function markNotificationRead(notificationId: string): Promise<void> {
  return api.notifications.markNotificationRead(notificationId);
}

/** `POST /api/v1/notifications/read-all`: 204; only the signed-in user's own notifications. */
export function markAllNotificationsRead(): Promise<void> {
  return api.notifications.markAllNotificationsRead();
}

/** Marks one notification read, then refreshes the list and the header's unread count. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: string) => markNotificationRead(notificationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}

/** Marks every notification read, then refreshes the list and the header's unread count. */
export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => markAllNotificationsRead(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
