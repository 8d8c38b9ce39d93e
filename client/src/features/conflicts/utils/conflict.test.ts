import { describe, expect, it } from 'vitest';

import { changedFields, readConflict } from '@/features/conflicts/utils/conflict';
import { ApiProblemError } from '@/lib/api-client';

type Resource = { text: string; status: string };

describe('readConflict', () => {
  it('reads the current version from a 412 problem', () => {
    const error = new ApiProblemError(412, { status: 412, current: { text: 'theirs', status: 'InProgress' }, currentETag: '"7"' });
    expect(readConflict<Resource>(error)).toEqual({ current: { text: 'theirs', status: 'InProgress' }, currentETag: '"7"' });
  });

  it('is null for any other failure', () => {
    expect(readConflict(new ApiProblemError(400, { status: 400 }))).toBeNull();
    expect(readConflict(new Error('boom'))).toBeNull();
  });
});

describe('changedFields', () => {
  it('lists only what the other person changed, with the user\'s own value beside it', () => {
    const fields = [
      { label: 'Text', fromResource: (r: Resource) => r.text, fromForm: (f: Resource) => f.text },
      { label: 'Status', fromResource: (r: Resource) => r.status, fromForm: (f: Resource) => f.status },
    ];
    const changes = changedFields(fields, { text: 'a', status: 'NotStarted' }, { text: 'b', status: 'NotStarted' }, { text: 'c', status: 'Blocked' });
    expect(changes).toEqual([{ label: 'Text', before: 'a', theirs: 'b', mine: 'c' }]);
  });
});
