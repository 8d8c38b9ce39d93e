import { queryOptions, useQuery } from '@tanstack/react-query';

import type { PreferencesDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

export const preferencesQueryKey = ['preferences'] as const;

/** `GET /api/v1/me/preferences`: the signed-in user's own settings (404 for a single sign-on user with no account here). */
export function getPreferences(signal?: AbortSignal): Promise<PreferencesDto> {
  return api.preferences.getMyPreferences(signal);
}

export function preferencesQueryOptions() {
  return queryOptions({ queryKey: preferencesQueryKey, queryFn: ({ signal }) => getPreferences(signal) });
}

export function usePreferences() {
  return useQuery(preferencesQueryOptions());
}
