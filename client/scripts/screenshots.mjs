// Screenshots of each main page at desktop (1280 px) and 320 px wide, for docs/screenshots/. A command, not a test:
//   E2E_BASE_URL=http://127.0.0.1:5080 E2E_PASSWORD=<the API's DEMO_PASSWORD> node scripts/screenshots.mjs
// Signs in as each persona through the sign-in form, as a user would. SHOTS=reminders,notifications takes only those.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { chromium } from '@playwright/test';

const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5080';
const password = process.env.E2E_PASSWORD ?? '';
const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const widths = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: '320', width: 320, height: 800 },
];

const heading = (page) => page.getByRole('heading', { level: 1 }).first().waitFor();
const settled = async (page) => {
  await heading(page);
  await page.waitForLoadState('networkidle');
  await page.getByRole('status').filter({ hasText: /^Loading/ }).first().waitFor({ state: 'detached' }).catch(() => undefined);
};

const only = process.env.SHOTS ? new Set(process.env.SHOTS.split(',')) : undefined;

const allPersonas = [
  {
    email: 'pm@example.org',
    shots: [
      { name: 'plans', path: () => '/', ready: settled },
      { name: 'dashboard', path: (ids) => `/plans/${ids.planId}/dashboard?asOf=2020-03-31`, ready: settled },
      { name: 'plan-tree', path: (ids) => `/plans/${ids.planId}`, ready: settled },
      { name: 'plan-tree-filtered', path: (ids) => `/plans/${ids.planId}?overdue=true&asOf=2020-03-31`, ready: settled },
      { name: 'action', path: (ids) => `/actions/${ids.actionId}`, ready: settled },
      { name: 'post-update', path: (ids) => `/actions/${ids.actionId}/update`, ready: settled },
      { name: 'correct-timescale', path: (ids) => `/actions/${ids.actionId}/timescale`, ready: settled },
      { name: 'overdue', path: () => '/overdue', ready: settled },
      { name: 'kpis', path: () => '/kpis', ready: settled },
      { name: 'kpi', path: (ids) => `/kpis/${ids.kpiId}`, ready: settled },
      { name: 'recommendations', path: (ids) => `/plans/${ids.planId}/recommendations`, ready: settled },
      { name: 'plan-structure', path: (ids) => `/plans/${ids.planId}/edit`, ready: settled },
      { name: 'plan-settings', path: (ids) => `/plans/${ids.planId}/settings`, ready: settled },
      { name: 'leads', path: () => '/leads', ready: settled },
      { name: 'reminders', path: () => '/reminders', ready: settled },
    ],
  },
  {
    email: 'lead@example.org',
    shots: [
      { name: 'my-actions', path: () => '/my-actions', ready: settled },
      { name: 'notifications', path: () => '/notifications', ready: settled },
      { name: 'account', path: () => '/account', ready: settled },
    ],
  },
  { email: 'admin@example.org', shots: [{ name: 'users', path: () => '/admin/users', ready: settled }] },
];

const personas = allPersonas
  .map((persona) => ({ ...persona, shots: persona.shots.filter((shot) => !only || only.has(shot.name)) }))
  .filter((persona) => persona.shots.length > 0);

async function signIn(browser, email) {
  const page = await browser.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

async function findIds(page) {
  const get = async (path) => (await page.request.get(`${baseUrl}${path}`)).json();
  const plans = await get('/api/v1/plans');
  const planId = plans.items.find((plan) => plan.title.startsWith('Building Safer Communities')).id;
  const actions = await get(`/api/v1/actions?planId=${planId}&limit=200`);
  const action = actions.items.find((item) => item.kpiIds.length > 0) ?? actions.items[0];
  return { planId, actionId: action.id, kpiId: action.kpiIds[0] ?? (await get('/api/v1/kpis')).items[0].id };
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
});
try {
  let ids;
  for (const persona of personas) {
    const page = await signIn(browser, persona.email);
    ids ??= await findIds(page);
    for (const shot of persona.shots) {
      for (const size of widths) {
        await page.setViewportSize({ width: size.width, height: size.height });
        await page.goto(`${baseUrl}${shot.path(ids)}`);
        await shot.ready(page);
        await page.screenshot({ path: `${outDir}${shot.name}-${size.name}.png`, fullPage: true });
        console.log(`${shot.name}-${size.name}.png`);
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
}
