import { describe, expect, it } from 'vitest';

import { emptyActionValues } from '@/features/plan-editing/components/action-form';
import { toActionPatch, toCreateActionRequest } from '@/features/plan-editing/utils/action-request';

describe('action requests', () => {
  it('leaves a blank reference out of a new action, so the API allocates one, and marks the first lead primary', () => {
    const request = toCreateActionRequest({ ...emptyActionValues, text: 'Run sessions', leadIds: ['lead-a', 'lead-b'] });
    expect(JSON.parse(JSON.stringify(request))).toEqual({
      text: 'Run sessions',
      status: 'NotStarted',
      leads: [
        { leadId: 'lead-a', isPrimary: true },
        { leadId: 'lead-b', isPrimary: false },
      ],
      leadToBeAgreed: false,
      recommendationNumbers: [],
      kpiIds: [],
    });
  });

  it('clears emptied text in a change with null, which a merge patch needs (a field left out would stay)', () => {
    const patch = JSON.parse(JSON.stringify(toActionPatch({ ...emptyActionValues, referenceCode: 'SYV-1.1', text: 'T', kpiText: '', timescale: '  ' }))) as Record<
      string,
      unknown
    >;
    expect(patch.kpiText).toBeNull();
    expect(patch.timescale).toEqual({ raw: null });
    expect(patch).not.toHaveProperty('percentComplete');
    expect(patch).not.toHaveProperty('sourceNote');
  });

  it('keeps a timescale exactly as written, surrounding spaces included', () => {
    expect(toActionPatch({ ...emptyActionValues, timescale: ' March 2020' }).timescale).toEqual({ raw: ' March 2020' });
  });
});
