import { describe, expect, it } from 'vitest';

import { deliveredViaText, reminderReason } from '@/features/reminders/utils/reminder-words';

describe('reminder words', () => {
  it('says how overdue, when due, or which board meeting', () => {
    expect(reminderReason({ kind: 'Overdue', dueOn: '2020-03-01', daysOverdue: 31 })).toBe('Overdue by 31 days (due 1 March 2020)');
    expect(reminderReason({ kind: 'Escalation', dueOn: '2020-03-01', daysOverdue: 1 })).toBe('Overdue by 1 day (due 1 March 2020)');
    expect(reminderReason({ kind: 'DueSoon', dueOn: '2020-04-10', daysOverdue: 0 })).toBe('Due on 10 April 2020');
    expect(reminderReason({ kind: 'BoardUpdateRequest', dueOn: '2020-06-16', daysOverdue: 0 })).toBe('Update needed for the board meeting on 16 June 2020');
    expect(reminderReason({ kind: 'Unassigned', dueOn: '2020-04-10', daysOverdue: 0 })).toBe('No lead, due on 10 April 2020');
  });

  it('names the channels a digest reached', () => {
    expect(deliveredViaText(['InApp', 'Email'])).toBe('in the service and by email');
    expect(deliveredViaText([])).toBe('');
  });
});
