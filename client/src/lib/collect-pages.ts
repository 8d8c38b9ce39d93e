/** One page of a cursor-paginated list, as every list endpoint of the API returns it. */
export type CursorPage<T> = { items: T[]; nextCursor?: string | null };

/**
 * Every item of a cursor-paginated list: follows `nextCursor` until the last page. Used where a page needs the whole
 * (bounded) list at once — a plan's actions for its tree, a lead's actions — with the largest page size the API
 * allows. Stops after `maxPages` so a runaway list fails loudly instead of looping.
 */
export async function collectPages<T>(
  fetchPage: (cursor: string | undefined, signal?: AbortSignal) => Promise<CursorPage<T>>,
  signal?: AbortSignal,
  maxPages = 100,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const result = await fetchPage(cursor, signal);
    items.push(...result.items);
    if (!result.nextCursor) return items;
    cursor = result.nextCursor;
  }
  throw new Error(`The list has more than ${maxPages} pages.`);
}

/** The API's largest page size (`limit` ≤ 200). */
export const maxPageSize = 200;
