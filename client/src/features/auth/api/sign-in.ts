import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { CurrentUserDto, SignInRequest } from '@/api/delivery-tracker-client';
import { currentUserQueryKey } from '@/features/auth/api/get-current-user';
import { api } from '@/lib/api-client';

/**
 * `POST /api/v1/auth/sign-in`: sets the session and `XSRF-TOKEN` cookies. Every failure is the same 401 whose detail
 * says what to do; 429 when there have been too many attempts; 400 naming `email` and `password` when they are empty.
 */
export function signIn(request: SignInRequest): Promise<CurrentUserDto> {
  return api.auth.signIn(request);
}

/** Signs in and makes the user the current user; whatever was cached for someone else is dropped. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    meta: { expectsUnauthorized: true },
    onSuccess: (user) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}
