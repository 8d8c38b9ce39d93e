import { useMutation, useQueryClient } from '@tanstack/react-query';

import { currentUserQueryKey } from '@/features/auth/api/get-current-user';
import { api, isApiProblemError } from '@/lib/api-client';

/** `POST /api/v1/auth/sign-out`: ends the session and clears its cookies. */
export function signOut(): Promise<void> {
  return api.auth.signOut();
}

type UseSignOutOptions = {
  /**
   * Runs once the session has ended, before the cache is cleared: navigate away from the signed-in page here (and
   * return the navigation's promise), so the page does not see itself signed out and send the user elsewhere first.
   */
  onSignedOut?: () => unknown;
};

/** Signs out, then forgets everything cached, including who was signed in. A 401 means the session had already ended. */
export function useSignOut({ onSignedOut }: UseSignOutOptions = {}) {
  const queryClient = useQueryClient();
  const forget = async () => {
    await onSignedOut?.();
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
    queryClient.setQueryData(currentUserQueryKey, null);
  };
  return useMutation({
    mutationFn: signOut,
    meta: { expectsUnauthorized: true },
    onSuccess: forget,
    onError: async (error) => {
      if (isApiProblemError(error) && error.status === 401) await forget();
    },
  });
}
