import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';

import type { PageOfReminderDto, ReminderKind, ReminderState } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** The filters of `GET /api/v1/reminders`, by name (the generated method takes them by position). */
export type ReminderListFilter = {
  planId?: string;
  leadId?: string;
  kind?: ReminderKind;
  state?: ReminderState;
};

/** A page of the log at a time, newest first: it grows by a digest per lead per day, so it is never read whole. */
const REMINDERS_PAGE_SIZE = 50;

export const remindersQueryKey = ['reminders'] as const;

/** `GET /api/v1/reminders`: the reminders recorded, newest first, with their delivery. */
export function listReminders(filter: ReminderListFilter, cursor: string | undefined, signal?: AbortSignal): Promise<PageOfReminderDto> {
  return api.reminders.listReminders(filter.planId, filter.leadId, filter.kind, filter.state, REMINDERS_PAGE_SIZE, cursor, signal);
}

export function listRemindersQueryOptions(filter: ReminderListFilter) {
  return infiniteQueryOptions({
    queryKey: [...remindersQueryKey, 'list', filter] as const,
    queryFn: ({ pageParam, signal }) => listReminders(filter, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useReminders(filter: ReminderListFilter, options: { enabled?: boolean } = {}) {
  return useInfiniteQuery({ ...listRemindersQueryOptions(filter), ...options });
}
