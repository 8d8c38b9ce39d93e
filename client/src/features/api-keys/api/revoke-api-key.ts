import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { ApiKeyDto } from '@/api/delivery-tracker-client';
import { apiKeysQueryKey } from '@/features/api-keys/api/list-api-keys';
import { api } from '@/lib/api-client';

/** `DELETE /api/v1/api-keys/{id}`: 204; revoking twice is fine, the key stays revoked from the first time. */
export function revokeApiKey(apiKeyId: string): Promise<void> {
  return api.apiKeys.revokeApiKey(apiKeyId);
}

/** Revokes a key and refreshes the list, which then shows it as revoked. */
export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (key: Pick<ApiKeyDto, 'id' | 'name'>) => revokeApiKey(key.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
  });
}
