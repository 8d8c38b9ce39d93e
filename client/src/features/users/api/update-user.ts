import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { UpdateUserRequest, UserDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** The users' queries (list and each account), refreshed after any change. */
const usersQueryKey = ['users'] as const;

export type UpdateUserVariables = { userId: string; etag: string; request: UpdateUserRequest };

/**
 * `PUT /api/v1/users/{userId}` with `If-Match`: name, roles, linked lead and the disabled flag. 400 naming `roles` or
 * `leadId` (a Lead needs a lead); 409 when the lead is someone else's, or for the last enabled administrator; 412
 * with the current account when someone else changed it first.
 */
export function updateUser({ userId, etag, request }: UpdateUserVariables): Promise<UserDto> {
  return api.users.updateUser(userId, etag, request);
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

export type SetUserDisabledVariables = { user: Pick<UserDto, 'id' | 'etag'>; disabled: boolean };

/**
 * `PATCH /api/v1/users/{userId}` with `If-Match` and only `disabled`: the account's other fields are left as they are,
 * whatever the form shows. The API refuses (409) to disable the last enabled administrator.
 */
export function setUserDisabled({ user, disabled }: SetUserDisabledVariables): Promise<UserDto> {
  return api.users.patchUser(user.id, user.etag, { disabled });
}

export function useSetUserDisabled() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setUserDisabled,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
