import type { ApiKeyDto } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Table, type TableColumn } from '@/components/govuk/table';
import { ApiKeyStatusTag } from '@/features/api-keys/components/api-key-status-tag';
import { apiKeyStatus } from '@/features/api-keys/utils/api-key-status';
import { formatIsoDate } from '@/lib/format-date';

type ApiKeysTableProps = {
  apiKeys: readonly ApiKeyDto[];
  onRevoke: (apiKey: ApiKeyDto) => void;
  /** The key being revoked, whose button is greyed out meanwhile. */
  revokingId?: string;
};

/** One row per key: what it is called, how to recognise it, what it may do, when it ends and was last used. */
export function ApiKeysTable({ apiKeys, onRevoke, revokingId }: ApiKeysTableProps) {
  const columns: TableColumn<ApiKeyDto>[] = [
    { key: 'name', header: 'Name', cell: (key) => key.name, rowHeader: true },
    { key: 'prefix', header: 'Starts with', cell: (key) => <code className="app-code">{key.prefix}</code> },
    {
      key: 'scopes',
      header: 'Scopes',
      cell: (key) => (
        <ul className="govuk-list govuk-!-margin-bottom-0">
          {key.scopes.map((scope) => (
            <li key={scope}>{scope}</li>
          ))}
        </ul>
      ),
    },
    { key: 'expires', header: 'Expires', cell: (key) => formatIsoDate(key.expiresAt) },
    { key: 'last-used', header: 'Last used', cell: (key) => (key.lastUsedAt ? formatIsoDate(key.lastUsedAt) : 'Never') },
    { key: 'status', header: 'Status', cell: (key) => <ApiKeyStatusTag apiKey={key} /> },
    {
      key: 'action',
      header: <span className="govuk-visually-hidden">Action</span>,
      cell: (key) =>
        apiKeyStatus(key) === 'Active' ? (
          <Button variant="warning" className="govuk-!-margin-bottom-0" disabled={revokingId === key.id} onClick={() => onRevoke(key)}>
            Revoke <span className="govuk-visually-hidden">{key.name}</span>
          </Button>
        ) : null,
    },
  ];
  return <Table caption="API keys" captionHidden columns={columns} rows={apiKeys} getRowKey={(key) => key.id} />;
}
