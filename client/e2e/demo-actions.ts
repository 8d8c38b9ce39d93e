import type { APIRequestContext } from '@playwright/test';

/**
 * The demo plan's actions as the API lists them, looked up by the tests that use them. Each spec of the action pages
 * uses its own actions, which no other test reads (see the specs), because every test shares one demo database.
 */
export const demoPlanTitle = 'Building Safer Communities – Delivery Plan';

type ActionRow = { id: string; referenceCode: string; rating: { effective?: string | null } };

async function getJson<T>(request: APIRequestContext, url: string): Promise<T> {
  const response = await request.get(url);
  if (!response.ok()) throw new Error(`GET ${url} answered ${response.status()}`);
  return (await response.json()) as T;
}

export async function demoPlanId(request: APIRequestContext): Promise<string> {
  const plans = await getJson<{ items: { id: string; title: string }[] }>(request, '/api/v1/plans?limit=200');
  const plan = plans.items.find((item) => item.title === demoPlanTitle);
  if (!plan) throw new Error(`The demo plan "${demoPlanTitle}" is not there.`);
  return plan.id;
}

/** The demo plan's actions, optionally only those overdue as of today (the API's own `overdue` filter). */
export async function demoActions(request: APIRequestContext, { overdue }: { overdue?: boolean } = {}): Promise<ActionRow[]> {
  const planId = await demoPlanId(request);
  const query = new URLSearchParams({ planId, limit: '200' });
  if (overdue !== undefined) query.set('overdue', String(overdue));
  const page = await getJson<{ items: ActionRow[] }>(request, `/api/v1/actions?${query.toString()}`);
  return page.items;
}

/** The id of the demo action with this reference. */
export async function demoActionId(request: APIRequestContext, referenceCode: string): Promise<string> {
  const action = (await demoActions(request)).find((item) => item.referenceCode === referenceCode);
  if (!action) throw new Error(`The demo plan has no action ${referenceCode}.`);
  return action.id;
}
