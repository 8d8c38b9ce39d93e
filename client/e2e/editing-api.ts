import type { Page } from '@playwright/test';

/**
 * Test data for the plan-editing specs, made through the API with the signed-in persona's session (never the demo
 * plan, which other tests read). Unsafe requests from a cookie session echo the XSRF-TOKEN cookie, as the SPA does.
 */
async function csrfHeaders(page: Page): Promise<Record<string, string>> {
  // GET /auth/me (re)issues the XSRF-TOKEN cookie for this session.
  await page.request.get('/api/v1/auth/me');
  const token = (await page.context().cookies()).find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  if (!token) throw new Error('The API gave this session no XSRF-TOKEN cookie.');
  return { 'X-XSRF-TOKEN': decodeURIComponent(token) };
}

async function post<T>(page: Page, url: string, data: unknown): Promise<T> {
  const response = await page.request.post(url, { data, headers: await csrfHeaders(page) });
  if (!response.ok()) throw new Error(`POST ${url} answered ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A new, empty plan of its own, titled uniquely for this run. */
export async function createPlan(page: Page, title: string): Promise<{ id: string; title: string }> {
  return post(page, '/api/v1/plans', { title, periodStart: '2024-04-01', periodEnd: '2027-03-31' });
}

export async function createTheme(page: Page, planId: string, code: string, title: string): Promise<{ id: string }> {
  return post(page, `/api/v1/plans/${planId}/themes`, { code, title });
}

export async function createObjective(page: Page, themeId: string, title: string): Promise<{ id: string }> {
  return post(page, `/api/v1/themes/${themeId}/objectives`, { title });
}

export async function createAction(page: Page, objectiveId: string, text: string): Promise<{ id: string; referenceCode: string }> {
  return post(page, `/api/v1/objectives/${objectiveId}/actions`, { text, timescale: 'September 2025', leadToBeAgreed: true });
}

/** The plan as the API has it now: to check what the pages saved. */
export async function readPlan(page: Page, planId: string) {
  const response = await page.request.get(`/api/v1/plans/${planId}`);
  return (await response.json()) as {
    settings: { ragScale: string; boardMeetings: string[] };
    themes: { code: string; objectives: { title: string; actions: { referenceCode: string; text: string; status: string }[] }[] }[];
  };
}
