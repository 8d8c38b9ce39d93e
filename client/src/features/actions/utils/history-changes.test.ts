import { describe, expect, it } from 'vitest';

import type { HistoryEntryDto } from '@/api/delivery-tracker-client';
import { historyChanges } from '@/features/actions/utils/history-changes';

describe('historyChanges', () => {
  it('says each changed field before and after in words', () => {
    const entry: HistoryEntryDto = {
      occurredAt: '2026-12-02T10:00:00Z',
      actor: 'pm@example.org',
      operation: 'Updated',
      before: { status: 'NotStarted', 'timescale.dueDate': '2020-03-31', 'timescale.isCorrected': false, percentComplete: null },
      after: { status: 'InProgress', 'timescale.dueDate': '2027-06-30', 'timescale.isCorrected': true, percentComplete: 40 },
    };

    expect(historyChanges(entry)).toMatchObject([
      { field: 'Status', before: 'Not started', after: 'In progress' },
      { field: 'Due date', before: '31 March 2020', after: '30 June 2027' },
      { field: 'Timescale corrected by hand', before: 'No', after: 'Yes' },
      { field: 'Percent complete', before: 'None', after: '40' },
    ]);
  });

  it('names a lead link by the lead, without its ids', () => {
    const entry: HistoryEntryDto = {
      occurredAt: '2026-12-02T10:00:00Z',
      actor: 'pm@example.org',
      operation: 'Updated',
      before: undefined,
      after: { 'leads[lead-1]': { leadId: 'lead-1', isPrimary: true } },
    };

    expect(historyChanges(entry, [{ leadId: 'lead-1', name: 'Police', kind: 'Organisation', isPrimary: true }])).toMatchObject([
      { field: 'Lead: Police', before: 'None', after: 'Is primary: Yes' },
    ]);
  });

  it('leaves out the ids a new action was created with', () => {
    const entry: HistoryEntryDto = {
      occurredAt: '2026-12-02T10:00:00Z',
      actor: 'system',
      operation: 'Created',
      before: undefined,
      after: { id: 'a-1', planId: 'p-1', objectiveId: 'o-1', referenceCode: 'ASB-3.4' },
    };

    expect(historyChanges(entry)).toMatchObject([{ field: 'Reference', before: 'None', after: 'ASB-3.4' }]);
  });
});
