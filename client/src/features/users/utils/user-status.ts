import type { UserDto } from '@/api/delivery-tracker-client';

export type UserStatus = 'Active' | 'Disabled' | 'Locked';

/** Whether the user can sign in: disabled wins over a lockout, which lasts until `lockedOutUntil` (an instant, UTC). */
export function userStatus(user: Pick<UserDto, 'disabled' | 'lockedOutUntil'>, now: number = Date.now()): UserStatus {
  if (user.disabled) return 'Disabled';
  if (user.lockedOutUntil && Date.parse(user.lockedOutUntil) > now) return 'Locked';
  return 'Active';
}
