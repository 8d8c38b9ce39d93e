import { queryOptions, useQuery } from '@tanstack/react-query';

import type { CurrentUserDto } from '@/api/delivery-tracker-client';
import { api, isApiProblemError } from '@/lib/api-client';

export const currentUserQueryKey = ['auth', 'current-user'] as const;

/**
 * `GET /api/v1/auth/me`: who is signed in, or null when nobody is (the API's 401). Also refreshes the `XSRF-TOKEN`
 * cookie that unsafe requests echo back.
 */
export async function getCurrentUser(signal?: AbortSignal): Promise<CurrentUserDto | null> {
  try {
    return await api.auth.getCurrentUser(signal);
  } catch (error) {
    if (isApiProblemError(error) && error.status === 401) return null;
    throw error;
  }
}

export function getCurrentUserQueryOptions() {
  return queryOptions({
    queryKey: currentUserQueryKey,
    queryFn: ({ signal }) => getCurrentUser(signal),
  });
}

export function useCurrentUser() {
  return useQuery(getCurrentUserQueryOptions());
}
