import { describe, expect, it } from 'vitest';

import { formatDateTime } from '@/lib/format-date-time';

describe('formatDateTime', () => {
  it('shows an instant as the time in London, with am or pm', () => {
    expect(formatDateTime('2020-01-15T14:05:00Z')).toBe('15 January 2020 at 2:05pm');
    expect(formatDateTime('2020-01-15T00:30:00Z')).toBe('15 January 2020 at 12:30am');
  });

  it('moves to the London date in summer time', () => {
    expect(formatDateTime('2020-03-31T23:30:00Z')).toBe('1 April 2020 at 12:30am');
  });

  it('leaves text that is not a timestamp alone', () => {
    expect(formatDateTime('soon')).toBe('soon');
  });
});
