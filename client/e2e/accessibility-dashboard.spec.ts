import { expect, test } from '@playwright/test';

import { wcagViolations } from './accessibility';
import { apiGet, demoPlanId } from './api-session';
import { boardMemberStorageState } from './demo-users';
import { DashboardPage } from './pages/dashboard-page';
import { KpiPage } from './pages/kpi-page';
import { MeasurementFormPage } from './pages/measurement-form-page';

/** The seed's domestic-abuse attendance KPI (75% against 90%): it has measurements, a target and an amber band. Read only. */
const seededKpiCode = 'RESPONSE-DA-NONEMERG-60MIN';

async function seededKpiId(page: import('@playwright/test').Page): Promise<string> {
  const kpis = await apiGet<{ items: { id: string; code: string }[] }>(page, `/api/v1/kpis?q=${seededKpiCode}`);
  const kpi = kpis.items.find((item) => item.code === seededKpiCode);
  if (!kpi) throw new Error(`The seed has no KPI ${seededKpiCode}.`);
  return kpi.id;
}

test.describe('WCAG 2.2 AA (axe-core): dashboard and KPIs', () => {
  // axe walks every node; on a busy 2-core machine that takes a while.
  test.setTimeout(120_000);

  test.describe('as a board member', () => {
    test.use({ storageState: boardMemberStorageState });

    test('the dashboard has no violations, nor with an error in the date', async ({ page }) => {
      const dashboard = new DashboardPage(page);
      await dashboard.goto(await demoPlanId(page), '2020-03-31');
      await expect(dashboard.figuresDate).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);

      await dashboard.showAsAt('31', '2', '2020');
      await expect(page.locator('.govuk-error-summary')).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });

  test('the KPIs list has no violations, nor when no KPI matches the filters', async ({ page }) => {
    await page.goto('/kpis');
    await page.getByRole('table').waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await page.goto('/kpis?q=no-kpi-is-called-this');
    await expect(page.getByRole('heading', { name: 'No KPIs found' })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('a KPI page with its chart and measurements has no violations', async ({ page }) => {
    const kpi = new KpiPage(page);
    await kpi.goto(await seededKpiId(page));
    await kpi.measurementsTable.waitFor();
    await expect(kpi.chart).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the record-a-measurement form has no violations, nor with the API\u2019s errors', async ({ page }) => {
    const form = new MeasurementFormPage(page);
    await form.gotoRecord(await seededKpiId(page));
    expect(await wcagViolations(page)).toEqual([]);

    // Nothing filled in: the API refuses it (nothing is recorded) and names each field.
    await form.submit();
    await expect(form.errorSummary).toBeVisible();
    await expect(page).toHaveTitle(/^Error: Record a measurement/);
    expect(await wcagViolations(page)).toEqual([]);
  });
});
