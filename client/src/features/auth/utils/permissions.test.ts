import { describe, expect, it } from 'vitest';

import { canEditPlans, canPostProgress, canWriteMeasurements } from '@/features/auth/utils/permissions';

const action = { leads: [{ leadId: 'lead-1' }, { leadId: 'lead-2' }] };

describe('permissions', () => {
  it('lets a programme manager edit plans, record measurements and post on any action', () => {
    const pm = { roles: ['ProgrammeManager' as const], leadId: undefined };
    expect([canEditPlans(pm), canWriteMeasurements(pm), canPostProgress(pm, action)]).toEqual([true, true, true]);
  });

  it('lets a lead post only on the actions they lead, and edit nothing else', () => {
    const lead = { roles: ['Lead' as const], leadId: 'lead-2' };
    expect(canPostProgress(lead, action)).toBe(true);
    expect(canPostProgress(lead, { leads: [{ leadId: 'lead-3' }] })).toBe(false);
    expect(canEditPlans(lead)).toBe(false);
  });

  it('gives viewers, board members and signed-out users no edit control', () => {
    for (const user of [{ roles: ['Viewer' as const], leadId: undefined }, { roles: ['BoardMember' as const], leadId: undefined }, null]) {
      expect([canEditPlans(user), canWriteMeasurements(user), canPostProgress(user, action)]).toEqual([false, false, false]);
    }
  });
});
