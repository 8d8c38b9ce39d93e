import { describe, expect, it } from 'vitest';

import { londonDate } from '@/lib/london-date';

describe('londonDate', () => {
  it('is the London date, a day ahead of UTC late on a summer evening', () => {
    expect(londonDate(new Date('2020-06-30T23:30:00Z'))).toBe('2020-07-01');
    expect(londonDate(new Date('2020-12-31T23:30:00Z'))).toBe('2020-12-31');
  });
});
