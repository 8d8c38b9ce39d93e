import type { ApiKeyDto } from '@/api/delivery-tracker-client';

export type ApiKeyStatus = 'Active' | 'Revoked' | 'Expired';

/**
 * Whether a key still works: revoked wins over expired (a revoked key stays revoked whatever its expiry).
 * `expiresAt` is an instant (UTC), so comparing it with the clock is right here, unlike a due date.
 */
export function apiKeyStatus(key: Pick<ApiKeyDto, 'revokedAt' | 'expiresAt'>, now: number = Date.now()): ApiKeyStatus {
  if (key.revokedAt) return 'Revoked';
  if (Date.parse(key.expiresAt) <= now) return 'Expired';
  return 'Active';
}
