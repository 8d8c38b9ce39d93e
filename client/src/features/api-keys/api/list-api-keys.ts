import { queryOptions, useQuery } from '@tanstack/react-query';

import type { PageOfApiKeyDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** The most keys one page may hold: a council has a few integrations, so the page shows the first 200. */
const API_KEYS_PAGE_SIZE = 200;

export const apiKeysQueryKey = ['api-keys', 'list'] as const;

/** `GET /api/v1/api-keys`: the keys' records in the order they were created (never the keys themselves). */
export function listApiKeys(signal?: AbortSignal): Promise<PageOfApiKeyDto> {
  return api.apiKeys.listApiKeys(API_KEYS_PAGE_SIZE, undefined, signal);
}

export function listApiKeysQueryOptions() {
  return queryOptions({
    queryKey: apiKeysQueryKey,
    queryFn: ({ signal }) => listApiKeys(signal),
  });
}

export function useApiKeys() {
  return useQuery(listApiKeysQueryOptions());
}
