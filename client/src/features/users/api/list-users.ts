import { queryOptions, useQuery } from '@tanstack/react-query';

import type { PageOfUserDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** The most users one page may hold: the service has tens of accounts, so the page shows the first 200. */
const USERS_PAGE_SIZE = 200;

/** `GET /api/v1/users`: user accounts in the order they were created. */
export function listUsers(signal?: AbortSignal): Promise<PageOfUserDto> {
  return api.users.listUsers(USERS_PAGE_SIZE, undefined, signal);
}

export function listUsersQueryOptions() {
  return queryOptions({
    queryKey: ['users', 'list'] as const,
    queryFn: ({ signal }) => listUsers(signal),
  });
}

export function useUsers() {
  return useQuery(listUsersQueryOptions());
}
