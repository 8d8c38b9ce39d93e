import type { TimescaleDto } from '@/api/delivery-tracker-client';
import { SummaryList } from '@/components/govuk/summary-list';
import { timescaleConfidenceLabels, timescaleKindLabels } from '@/features/actions/utils/timescale-words';
import { formatIsoDate } from '@/lib/format-date';

/** The timescale as written in the plan and as read (kind, dates, confidence), and whether a person corrected it. */
export function ActionTimescale({ timescale }: { timescale: TimescaleDto }) {
  const rows = [
    { key: 'As written', value: timescale.raw?.trim() || 'Not given' },
    { key: 'Read as', value: timescaleKindLabels[timescale.kind] },
    { key: 'Start date', value: timescale.startDate ? formatIsoDate(timescale.startDate) : 'None' },
    { key: 'Due date', value: timescale.dueDate ? formatIsoDate(timescale.dueDate) : 'None' },
    { key: 'Confidence', value: timescaleConfidenceLabels[timescale.confidence] },
    { key: 'Corrected by hand', value: timescale.isCorrected ? 'Yes' : 'No' },
  ];
  if (timescale.note) rows.push({ key: 'How it was read', value: timescale.note });
  return <SummaryList rows={rows} />;
}
