import type { ActionLeadDto, HistoryEntryDto } from '@/api/delivery-tracker-client';
import { Table } from '@/components/govuk/table';
import { historyChanges } from '@/features/actions/utils/history-changes';
import { formatDateTime } from '@/lib/format-date-time';

const operationWords: Record<string, string> = { Created: 'Created', Updated: 'Changed', Deleted: 'Deleted' };

/** The action's recorded changes, newest first: who, when and each field before → after. */
export function ActionHistory({ entries, leads }: { entries: readonly HistoryEntryDto[]; leads: readonly ActionLeadDto[] }) {
  return (
    <>
      {entries.map((entry, index) => {
        const caption = `${operationWords[entry.operation] ?? entry.operation} by ${entry.actor} on ${formatDateTime(entry.occurredAt)}`;
        return (
          <div key={`${entry.occurredAt}-${index}`} className="app-table-scroll" tabIndex={0} role="region" aria-label={caption}>
            <Table
              caption={caption}
              captionSize="s"
              columns={[
                { key: 'field', header: 'What', cell: (change) => change.field, rowHeader: true },
                { key: 'before', header: 'Before', cell: (change) => change.before },
                { key: 'after', header: 'After', cell: (change) => change.after },
              ]}
              rows={historyChanges(entry, leads)}
              getRowKey={(change) => change.name}
            />
          </div>
        );
      })}
    </>
  );
}
