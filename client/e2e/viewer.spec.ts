import { expect, test, type Page } from '@playwright/test';

import { viewerStorageState } from './demo-users';
import { demoPlanId, firstId } from './people-api';

/**
 * What would let someone change something: the names of edit controls across the service ("Edit action", "Add a
 * theme", "Record a measurement", "Post an update", "Correct the timescale", "Move up", "Plan settings" …).
 */
const editWords = /^(edit|add|delete|remove|correct|record|post|move|reorder|change|create|save|disable|enable|revoke)\b|settings/i;

/** Links that lead to a form, whatever their words. */
const formHrefs = /\/(edit|update|timescale|settings|new)(\?|$)|\/measurements\/|^\/leads|^\/admin/;

/** Waits for the page's content (not the loading line), then checks it offers no edit control at all. */
async function expectNoEditControls(page: Page, heading: RegExp | string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: editWords })).toHaveCount(0);
  await expect(page.getByRole('link', { name: editWords })).toHaveCount(0);
  const hrefs = await page.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.filter((href) => formHrefs.test(href))).toEqual([]);
}

test.describe('the viewer', () => {
  test.use({ storageState: viewerStorageState });
  // Seven pages, each waited for until loaded and searched for every kind of control, on a shared 2-core machine.
  test.setTimeout(120_000);

  test('reads the plans, the plan, an action, the dashboard, the KPIs and the recommendations, and finds no edit control anywhere', async ({ page }) => {
    await page.goto('/');
    await expectNoEditControls(page, 'Delivery plans');
    const planId = await demoPlanId(page);
    const actionId = await firstId(page, `/api/v1/actions?planId=${planId}&limit=1`);
    const kpiId = await firstId(page, '/api/v1/kpis?limit=1');

    await page.goto(`/plans/${planId}`);
    await expectNoEditControls(page, 'Building Safer Communities – Delivery Plan');

    await page.goto(`/actions/${actionId}`);
    await expectNoEditControls(page, /./);

    await page.goto(`/plans/${planId}/dashboard`);
    await expectNoEditControls(page, /./);

    await page.goto('/kpis');
    await expectNoEditControls(page, /KPI/i);

    await page.goto(`/kpis/${kpiId}`);
    await expectNoEditControls(page, /./);

    await page.goto(`/plans/${planId}/recommendations`);
    await expectNoEditControls(page, 'Recommendations');
    await expect(page.locator('.govuk-summary-card').first()).toBeVisible();
  });

  test('is shown the permission-denied page at a form\u2019s address', async ({ page }) => {
    await page.goto('/');
    const planId = await demoPlanId(page);
    const actionId = await firstId(page, `/api/v1/actions?planId=${planId}&limit=1`);

    const kpiId = await firstId(page, '/api/v1/kpis?limit=1');
    const forms = [
      '/leads',
      '/leads/new',
      '/overdue',
      '/admin/users',
      `/actions/${actionId}/update`,
      `/actions/${actionId}/timescale`,
      `/actions/${actionId}/edit`,
      `/plans/${planId}/edit`,
      `/plans/${planId}/settings`,
      `/kpis/${kpiId}/measurements/new`,
    ];
    for (const url of forms) {
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
      await expect(page.getByRole('button', { name: editWords })).toHaveCount(0);
    }
  });
});
