import { describe, expect, it } from 'vitest';

import { moveInOrder } from '@/features/plan-editing/utils/move-in-order';

describe('moveInOrder', () => {
  it('swaps the item with the one above when moved up', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'c', 'up')).toEqual(['a', 'c', 'b']);
  });

  it('swaps the item with the one below when moved down', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'a', 'down')).toEqual(['b', 'a', 'c']);
  });

  it('leaves the order alone at either end and for an unknown id', () => {
    expect(moveInOrder(['a', 'b'], 'a', 'up')).toEqual(['a', 'b']);
    expect(moveInOrder(['a', 'b'], 'b', 'down')).toEqual(['a', 'b']);
    expect(moveInOrder(['a', 'b'], 'x', 'up')).toEqual(['a', 'b']);
  });
});
