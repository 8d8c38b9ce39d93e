import { describe, expect, it } from 'vitest';

import { needsJustification } from '@/features/actions/utils/needs-justification';

describe('needsJustification', () => {
  it('asks for a reason when the reported rating differs from a derived Green, Amber or Red', () => {
    expect(needsJustification('Amber', 'Red')).toBe(true);
    expect(needsJustification('AmberGreen', 'Green')).toBe(true);
    expect(needsJustification('Red', 'Red')).toBe(false);
  });

  it('does not ask when nothing is reported, or there is no schedule rating to disagree with', () => {
    expect(needsJustification(undefined, 'Red')).toBe(false);
    expect(needsJustification('Green', 'Complete')).toBe(false);
    expect(needsJustification('Green', 'NotRated')).toBe(false);
    expect(needsJustification('Green', null)).toBe(false);
  });
});
