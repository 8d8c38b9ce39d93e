import { describe, expect, it, vi } from 'vitest';

import { collectPages } from '@/lib/collect-pages';

describe('collectPages', () => {
  it('follows nextCursor to the last page, in order', async () => {
    const pages: Record<string, { items: number[]; nextCursor?: string }> = {
      first: { items: [1, 2], nextCursor: 'b' },
      b: { items: [3], nextCursor: 'c' },
      c: { items: [4] },
    };
    const fetchPage = vi.fn(async (cursor: string | undefined) => pages[cursor ?? 'first']!);
    await expect(collectPages(fetchPage)).resolves.toEqual([1, 2, 3, 4]);
    expect(fetchPage.mock.calls.map(([cursor]) => cursor)).toEqual([undefined, 'b', 'c']);
  });

  it('fails rather than looping on a list that never ends', async () => {
    await expect(collectPages(async () => ({ items: [1], nextCursor: 'again' }), undefined, 3)).rejects.toThrow('more than 3 pages');
  });
});
