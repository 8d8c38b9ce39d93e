import { describe, expect, it } from 'vitest';

import { readAsOfParam } from '@/lib/as-of-param';

describe('readAsOfParam', () => {
  it('keeps a real date up to today', () => {
    expect(readAsOfParam('2020-03-31', '2026-01-10')).toBe('2020-03-31');
    expect(readAsOfParam('2026-01-10', '2026-01-10')).toBe('2026-01-10');
  });

  it('leaves out what the API would refuse', () => {
    expect(readAsOfParam(null, '2026-01-10')).toBeUndefined();
    expect(readAsOfParam('2020-02-30', '2026-01-10')).toBeUndefined();
    expect(readAsOfParam('31/03/2020', '2026-01-10')).toBeUndefined();
    expect(readAsOfParam('2026-01-11', '2026-01-10')).toBeUndefined();
    expect(readAsOfParam('1999-12-31', '2026-01-10')).toBeUndefined();
  });
});
