import { describe, expect, it } from 'vitest';

import { dateParts, toIsoDate } from '@/lib/date-parts';

describe('date parts', () => {
  it('round-trips a quarter end', () => {
    expect(dateParts('2020-03-31')).toEqual({ day: '31', month: '3', year: '2020' });
    expect(toIsoDate({ day: '31', month: '3', year: '2020' })).toBe('2020-03-31');
  });

  it('is blank for no date and null for a date that does not exist', () => {
    expect(toIsoDate({ day: '', month: ' ', year: '' })).toBe('');
    expect(toIsoDate({ day: '31', month: '2', year: '2020' })).toBeNull();
    expect(toIsoDate({ day: '1', month: '4', year: '20' })).toBeNull();
  });
});
