import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ReminderScanResultDto } from '@/api/delivery-tracker-client';
import { remindersQueryKey } from '@/features/reminders/api/list-reminders';
import { notificationsQueryKey } from '@/features/notifications/api/list-notifications';
import { api } from '@/lib/api-client';

/** `POST /api/v1/reminders/scan`: runs today's scan now and says what it recorded (nothing new when run again the same day). */
export function scanReminders(): Promise<ReminderScanResultDto> {
  return api.reminders.scanReminders();
}

/** Runs the scan, then refreshes the log (and the caller's notifications, which may gain a digest). */
export function useScanReminders({ onScanned }: { onScanned?: (result: ReminderScanResultDto) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: scanReminders,
    onSuccess: async (result) => {
      onScanned?.(result);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: remindersQueryKey }),
        queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
      ]);
    },
  });
}
