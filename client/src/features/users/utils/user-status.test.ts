import { describe, expect, it } from 'vitest';

import { userStatus } from '@/features/users/utils/user-status';

const now = Date.parse('2026-11-23T12:00:00Z');

describe('userStatus', () => {
  it('is Locked until the lockout ends, then Active again', () => {
    expect(userStatus({ disabled: false, lockedOutUntil: '2026-11-23T12:15:00Z' }, now)).toBe('Locked');
    expect(userStatus({ disabled: false, lockedOutUntil: '2026-11-23T11:45:00Z' }, now)).toBe('Active');
    expect(userStatus({ disabled: false, lockedOutUntil: undefined }, now)).toBe('Active');
  });

  it('is Disabled when disabled, locked out or not', () => {
    expect(userStatus({ disabled: true, lockedOutUntil: '2026-11-23T12:15:00Z' }, now)).toBe('Disabled');
    expect(userStatus({ disabled: true, lockedOutUntil: undefined }, now)).toBe('Disabled');
  });
});
