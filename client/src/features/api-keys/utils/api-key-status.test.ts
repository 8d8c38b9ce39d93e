import { describe, expect, it } from 'vitest';

import { apiKeyStatus } from '@/features/api-keys/utils/api-key-status';

const now = Date.parse('2026-11-23T12:00:00Z');

describe('apiKeyStatus', () => {
  it('is Active before the expiry and Expired from it', () => {
    expect(apiKeyStatus({ expiresAt: '2026-11-23T12:00:01Z', revokedAt: undefined }, now)).toBe('Active');
    expect(apiKeyStatus({ expiresAt: '2026-11-23T12:00:00Z', revokedAt: undefined }, now)).toBe('Expired');
  });

  it('is Revoked once revoked, even after it would have expired', () => {
    expect(apiKeyStatus({ expiresAt: '2027-01-01T00:00:00Z', revokedAt: '2026-11-01T09:00:00Z' }, now)).toBe('Revoked');
    expect(apiKeyStatus({ expiresAt: '2026-01-01T00:00:00Z', revokedAt: '2025-11-01T09:00:00Z' }, now)).toBe('Revoked');
  });
});
