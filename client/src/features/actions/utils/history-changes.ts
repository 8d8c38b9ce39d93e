import type { ActionLeadDto, HistoryEntryDto } from '@/api/delivery-tracker-client';
import { actionStatusLabels } from '@/features/plans/components/action-status-tag';
import { timescaleConfidenceLabels, timescaleKindLabels } from '@/features/actions/utils/timescale-words';
import { formatDateTime } from '@/lib/format-date-time';
import { formatIsoDate } from '@/lib/format-date';

/** One changed value of a history entry, in words: "Due date: 31 March 2020 → 30 June 2027". */
export type HistoryChange = {
  /** The API's name for the value, unique in the entry. */
  name: string;
  field: string;
  before: string;
  after: string;
};

/** The API's names for an action's recorded fields (HistoryFieldNames), as the page says them. */
const fieldLabels: Record<string, string> = {
  referenceCode: 'Reference',
  text: 'Text',
  status: 'Status',
  percentComplete: 'Percent complete',
  kpiText: 'KPI as written',
  leadToBeAgreed: 'Lead to be agreed',
  sourceNote: 'Source note',
  lastProgressAt: 'Last progress update',
  position: 'Position in objective',
  objectiveId: 'Objective',
  planId: 'Plan',
  'timescale.raw': 'Timescale as written',
  'timescale.kind': 'Timescale kind',
  'timescale.startDate': 'Start date',
  'timescale.dueDate': 'Due date',
  'timescale.confidence': 'Timescale confidence',
  'timescale.isCorrected': 'Timescale corrected by hand',
  'timescale.note': 'Timescale note',
};

/** `leads[0190…]` → lead 0190…; `recommendations[…]`, `kpis[…]` likewise: a link row of the action. */
const linkField = /^([A-Za-z]+)\[(.+)\]$/;

const linkLabels: Record<string, string> = { leads: 'Lead', recommendations: 'Recommendation', kpis: 'KPI' };

function words(name: string): string {
  const spaced = name.replace(/\./g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function labelFor(name: string, leads: readonly ActionLeadDto[]): string {
  const known = fieldLabels[name];
  if (known) return known;
  const link = linkField.exec(name);
  if (link) {
    const [, collection = '', id = ''] = link;
    const lead = collection === 'leads' ? leads.find((candidate) => candidate.leadId === id) : undefined;
    return lead ? `Lead: ${lead.name}` : (linkLabels[collection] ?? words(collection));
  }
  return words(name);
}

/** A recorded value in words: dates as dates, statuses and kinds as the page names them, yes/no, None for nothing. */
export function valueText(name: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'None';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') {
    if (name === 'status' && value in actionStatusLabels) return actionStatusLabels[value as keyof typeof actionStatusLabels];
    if (name === 'timescale.kind' && value in timescaleKindLabels) return timescaleKindLabels[value as keyof typeof timescaleKindLabels];
    if (name === 'timescale.confidence' && value in timescaleConfidenceLabels) {
      return timescaleConfidenceLabels[value as keyof typeof timescaleConfidenceLabels];
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatIsoDate(value);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return formatDateTime(value);
    return value;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'None' : value.map((item) => valueText('', item)).join(', ');
  if (typeof value === 'object') {
    // A link row: only the facts a person can read (not the ids it joins).
    const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => !/id$/i.test(key));
    return entries.length === 0 ? 'Linked' : entries.map(([key, item]) => `${words(key)}: ${valueText(key, item)}`).join(', ');
  }
  return String(value);
}

function asRecord(values: HistoryEntryDto['before']): Record<string, unknown> {
  return values && typeof values === 'object' ? (values as Record<string, unknown>) : {};
}

/**
 * The fields one history entry changed, before → after, in the order the API recorded them. A created action lists
 * what it started with (before: None); a link added or removed shows None on the other side.
 */
export function historyChanges(entry: HistoryEntryDto, leads: readonly ActionLeadDto[] = []): HistoryChange[] {
  const before = asRecord(entry.before);
  const after = asRecord(entry.after);
  // A new action's record carries the ids it was created with (its own, its plan's …), which say nothing to a person;
  // a later change of objective is still shown.
  const isId = (name: string) => name === 'id' || (entry.operation === 'Created' && /Id$/.test(name));
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((name) => !isId(name));
  return names.map((name) => ({
    name,
    field: labelFor(name, leads),
    before: valueText(name, before[name]),
    after: valueText(name, after[name]),
  }));
}
