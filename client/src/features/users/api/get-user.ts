import { queryOptions, useQuery } from '@tanstack/react-query';

import type { UserDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** `GET /api/v1/users/{userId}`: one account with its roles, lead and `etag`; a 404 `ApiProblemError` for an unknown id. */
export function getUser(userId: string, signal?: AbortSignal): Promise<UserDto> {
  return api.users.getUser(userId, signal);
}

export function getUserQueryOptions(userId: string) {
  return queryOptions({
    queryKey: ['users', 'detail', userId] as const,
    queryFn: ({ signal }) => getUser(userId, signal),
  });
}

export function useUser(userId: string) {
  return useQuery(getUserQueryOptions(userId));
}
