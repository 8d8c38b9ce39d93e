import type { APIResponse, Page } from '@playwright/test';

/**
 * Calls the API as the page's signed-in user, for test data a test makes for itself and for the figures a test checks
 * the page against. Unsafe methods echo the `XSRF-TOKEN` cookie in `X-XSRF-TOKEN`, as the SPA's client does.
 */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  return (await ok(response, `GET ${path}`)).json() as Promise<T>;
}

export async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  // GET /auth/me sets a fresh XSRF-TOKEN cookie in the context.
  await page.request.get('/api/v1/auth/me');
  const token = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.post(path, { data: body, headers: { 'X-XSRF-TOKEN': decodeURIComponent(token) } });
  return (await ok(response, `POST ${path}`)).json() as Promise<T>;
}

async function ok(response: APIResponse, what: string): Promise<APIResponse> {
  if (!response.ok()) throw new Error(`${what} answered ${response.status()}: ${await response.text()}`);
  return response;
}

/** The demo plan's id, looked up by its title. */
export async function demoPlanId(page: Page): Promise<string> {
  const plans = await apiGet<{ items: { id: string; title: string }[] }>(page, '/api/v1/plans?limit=200');
  const plan = plans.items.find((item) => item.title === 'Building Safer Communities – Delivery Plan');
  if (!plan) throw new Error('The demo plan is not there.');
  return plan.id;
}
