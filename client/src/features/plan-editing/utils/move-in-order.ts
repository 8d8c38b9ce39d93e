export type MoveDirection = 'up' | 'down';

/**
 * The ids in their new order after moving `id` one place up or down: what a reorder request sends (every sibling
 * once). Moving the first up or the last down changes nothing, and the caller does not offer it.
 *
 * @example moveInOrder(['a', 'b', 'c'], 'b', 'up') // ['b', 'a', 'c']
 */
export function moveInOrder(ids: readonly string[], id: string, direction: MoveDirection): string[] {
  const order = [...ids];
  const from = order.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= order.length) return order;
  order[from] = order[to]!;
  order[to] = id;
  return order;
}
