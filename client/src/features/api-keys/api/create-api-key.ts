import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CreateApiKeyRequest, CreatedApiKeyDto } from '@/api/delivery-tracker-client';
import { apiKeysQueryKey } from '@/features/api-keys/api/list-api-keys';
import { api } from '@/lib/api-client';

/**
 * `POST /api/v1/api-keys`: 201 with the key, shown this once. 400 naming `name`, `scopes` or `expiresAt`; 409 when
 * another key has the name.
 */
export function createApiKey(request: CreateApiKeyRequest): Promise<CreatedApiKeyDto> {
  return api.apiKeys.createApiKey(request);
}

type UseCreateApiKeyOptions = {
  /** Receives the new key. The page keeps it in its own state: the mutation forgets it at once (see below). */
  onCreated: (created: CreatedApiKeyDto) => void;
};

/**
 * Creates a key and refreshes the list. The secret must not outlive the page that shows it, so the mutation keeps
 * no result: it is reset as soon as the key has been handed over, and `gcTime: 0` drops it from the mutation cache.
 */
export function useCreateApiKey({ onCreated }: UseCreateApiKeyOptions) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: createApiKey,
    gcTime: 0,
    onSuccess: async (created) => {
      onCreated(created);
      mutation.reset();
      await queryClient.invalidateQueries({ queryKey: apiKeysQueryKey });
    },
  });
  return mutation;
}
