import { expect, test } from '@playwright/test';

import { wcagViolations } from './accessibility';
import { apiGet, demoPlanId } from './api-session';
import { viewerStorageState } from './demo-users';

/** The seed's domestic-abuse attendance KPI: it has measurements to correct. Read only: its form is only sent with an error. */
const seededKpiCode = 'RESPONSE-DA-NONEMERG-60MIN';

// The states every page can land in that no page's own spec reaches: an unknown address, a page the user's roles do not
// open, and the correct-a-measurement form showing errors.
test.describe('WCAG 2.2 AA (axe-core): not found, permission denied, correcting a measurement', () => {
  test.setTimeout(120_000);

  test('an unknown address shows "Page not found" with no violations', async ({ page }) => {
    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('correcting a measurement, with the value cleared, shows the error with no violations', async ({ page }) => {
    const kpis = await apiGet<{ items: { id: string; code: string }[] }>(page, `/api/v1/kpis?q=${seededKpiCode}`);
    const kpi = kpis.items.find((item) => item.code === seededKpiCode);
    expect(kpi, `the seed has the KPI ${seededKpiCode}`).toBeDefined();
    await page.goto(`/kpis/${kpi!.id}`);
    await page.getByRole('link', { name: /^Correct/ }).first().click();
    const value = page.getByLabel('Value', { exact: true });
    await expect(value).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);

    await value.fill('');
    await page.getByRole('button', { name: /Save|Correct/ }).click();
    await expect(page.locator('.govuk-error-summary')).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test.describe('as a viewer', () => {
    test.use({ storageState: viewerStorageState });

    test('a programme manager\u2019s page shows "You do not have permission" with no violations', async ({ page }) => {
      await page.goto(`/plans/${await demoPlanId(page)}/settings`);
      await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });
});
