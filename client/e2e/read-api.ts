import { expect, type APIRequestContext } from '@playwright/test';

/**
 * A GET of the API with the page's session (`page.request` shares the browser context's cookies): tests read what the
 * page should show from the API itself rather than writing down figures that the demo data or the date would change.
 */
export async function getJson<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return (await response.json()) as T;
}

/** Every item of a cursor-paginated list (the path without `limit` and `cursor`). */
export async function getAllItems<T>(request: APIRequestContext, path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null | undefined;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await getJson<{ items: T[]; nextCursor?: string | null }>(
      request,
      `${path}${separator}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

/** The parts of an action in the list that tests compare with the page. */
export type ListedAction = {
  id: string;
  referenceCode: string;
  themeId: string;
  rating: { overdue: boolean; dueSoon: boolean; effective?: string | null };
};
