import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { formatIsoDate, formatPeriod } from '@/lib/format-date';

describe('formatIsoDate', () => {
  // West of Greenwich, a date read through `new Date('2019-09-30')` (UTC midnight) is 29 September locally.
  beforeAll(() => {
    vi.stubEnv('TZ', 'America/Los_Angeles');
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('writes an ISO date the GOV.UK way, without a leading zero', () => {
    expect(formatIsoDate('2019-09-30')).toBe('30 September 2019');
    expect(formatIsoDate('2020-03-01')).toBe('1 March 2020');
    expect(formatIsoDate('2019-12-31')).toBe('31 December 2019');
  });

  it('uses the date part of a timestamp as written, not as converted to local time', () => {
    expect(formatIsoDate('2019-09-30T23:30:00-05:00')).toBe('30 September 2019');
  });

  it('returns text that is not an ISO date unchanged', () => {
    expect(formatIsoDate('September 2019')).toBe('September 2019');
    expect(formatIsoDate('2019-13-01')).toBe('2019-13-01');
  });
});

describe('formatPeriod', () => {
  it('joins the two ends with "to"', () => {
    expect(formatPeriod('2019-04-01', '2022-03-31')).toBe('1 April 2019 to 31 March 2022');
  });
});
