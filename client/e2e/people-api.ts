import type { Page } from '@playwright/test';

/**
 * Test data made through the API with the page's own session (as the SPA would make it): the CSRF token the API put
 * in the `XSRF-TOKEN` cookie goes back in `X-XSRF-TOKEN`, as `src/lib/api-client.ts` does.
 */
async function csrfHeaders(page: Page): Promise<Record<string, string>> {
  // Any API read refreshes the cookie.
  await page.request.get('/api/v1/auth/me');
  const token = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  return token ? { 'X-XSRF-TOKEN': decodeURIComponent(token) } : {};
}

/** A new user account (the administrator's session), with a unique email; returns its id. */
export async function createUser(page: Page, displayName: string, roles: string[] = ['Viewer']): Promise<{ id: string; email: string }> {
  const email = `e2e-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;
  const response = await page.request.post('/api/v1/users', {
    headers: await csrfHeaders(page),
    data: { email, displayName, password: 'E2e-user-Pa55phrase!', roles },
  });
  if (response.status() !== 201) throw new Error(`Creating the user answered ${response.status()}: ${await response.text()}`);
  const user = (await response.json()) as { id: string };
  return { id: user.id, email };
}

/** The id of the demo plan, read through the API with the page's session. */
export async function demoPlanId(page: Page): Promise<string> {
  const response = await page.request.get('/api/v1/plans?limit=200');
  const plans = (await response.json()) as { items: { id: string; title: string }[] };
  const plan = plans.items.find((item) => item.title === 'Building Safer Communities – Delivery Plan');
  if (!plan) throw new Error('The demo plan is not there.');
  return plan.id;
}

/** The first item of a list endpoint (e.g. `/api/v1/actions?planId=…&limit=1`), read with the page's session. */
export async function firstId(page: Page, url: string): Promise<string> {
  const response = await page.request.get(url);
  const body = (await response.json()) as { items: { id: string }[] };
  const first = body.items[0];
  if (!first) throw new Error(`${url} listed nothing.`);
  return first.id;
}
