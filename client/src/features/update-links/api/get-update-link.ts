import { queryOptions, useQuery } from '@tanstack/react-query';

import type { UpdateLinkDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

export const updateLinkQueryKey = ['update-link'] as const;

/**
 * `GET /api/v1/update-link` with the tab's link token: the lead, the expiry and the actions the link covers. Rejects
 * with a 401 `ApiProblemError` whose `reason` is `expired`, `revoked`, `invalid` or `missing`.
 */
export function getUpdateLink(signal?: AbortSignal): Promise<UpdateLinkDto> {
  return api.updateLinks.getUpdateLink(signal);
}

export function getUpdateLinkQueryOptions() {
  return queryOptions({ queryKey: updateLinkQueryKey, queryFn: ({ signal }) => getUpdateLink(signal) });
}

export function useUpdateLink() {
  return useQuery(getUpdateLinkQueryOptions());
}
