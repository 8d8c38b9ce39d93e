import type { ApiKeyDto } from '@/api/delivery-tracker-client';
import { Tag, type TagColour } from '@/components/govuk/tag';
import { apiKeyStatus, type ApiKeyStatus } from '@/features/api-keys/utils/api-key-status';

const colours: Record<ApiKeyStatus, TagColour> = {
  Active: 'green',
  Revoked: 'red',
  Expired: 'grey',
};

/** Whether the key still works, in words: Active, Revoked or Expired. */
export function ApiKeyStatusTag({ apiKey }: { apiKey: Pick<ApiKeyDto, 'revokedAt' | 'expiresAt'> }) {
  const status = apiKeyStatus(apiKey);
  return <Tag colour={colours[status]}>{status}</Tag>;
}
