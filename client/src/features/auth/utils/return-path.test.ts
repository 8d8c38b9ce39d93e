import { describe, expect, it } from 'vitest';

import { safeReturnPath } from '@/features/auth/utils/return-path';

describe('safeReturnPath', () => {
  it('keeps a path on this site with its query and fragment', () => {
    expect(safeReturnPath('/plans/abc')).toBe('/plans/abc');
    expect(safeReturnPath('/plans/abc?theme=x#SYV-1.1')).toBe('/plans/abc?theme=x#SYV-1.1');
  });

  it('sends anything missing or leaving the site to the home page', () => {
    for (const returnTo of [null, undefined, '', 'plans', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeReturnPath(returnTo)).toBe('/');
    }
  });

  it('does not return to the sign-in page itself', () => {
    expect(safeReturnPath('/sign-in?returnTo=%2Fplans')).toBe('/');
  });
});
