import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { PreferencesDto, PreferencesRequest } from '@/api/delivery-tracker-client';
import { preferencesQueryKey } from '@/features/preferences/api/get-preferences';
import { api } from '@/lib/api-client';

/** `POST /api/v1/me/preferences`: every setting, answered with the settings as saved. */
export function setPreferences(request: PreferencesRequest): Promise<PreferencesDto> {
  return api.preferences.setMyPreferences(request);
}

/** Saves the settings and puts the saved ones in the cache, so the form shows what the API kept. */
export function useSetPreferences({ onSaved }: { onSaved?: (saved: PreferencesDto) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPreferences,
    onSuccess: (saved) => {
      queryClient.setQueryData(preferencesQueryKey, saved);
      onSaved?.(saved);
    },
  });
}
