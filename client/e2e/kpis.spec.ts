import { expect, test } from '@playwright/test';

import { apiPost } from './api-session';
import { KpiPage } from './pages/kpi-page';
import { MeasurementFormPage } from './pages/measurement-form-page';

/**
 * A programme manager (the default session) records a measurement on a KPI of their own, made through the API for this
 * test with a unique code and in no plan (so it is on no plan's dashboard or board report): no other test's KPIs or
 * figures change.
 */
test.describe('KPIs', () => {
  test('a programme manager records a measurement and sees it in the KPI\u2019s table and chart', async ({ page }) => {
    const code = `E2E-RECORD-${Date.now()}`;
    const kpi = await apiPost<{ id: string }>(page, '/api/v1/kpis', {
      code,
      name: `Calls answered in target (${code})`,
      unit: 'Percent',
      direction: 'HigherIsBetter',
      frequency: 'Quarterly',
      lifecycle: 'Defined',
      target: 90,
      amberTolerance: 5,
      publicationLagDays: 30,
    });

    const kpiPage = new KpiPage(page);
    await kpiPage.goto(kpi.id);
    await expect(page.getByText('No measurements have been recorded for this KPI yet.')).toBeVisible();
    await kpiPage.recordButton.click();

    const form = new MeasurementFormPage(page);
    await expect(form.heading).toHaveText('Record a measurement');
    await form.fill({
      period: '2020-Q1',
      start: { day: '1', month: '1', year: '2020' },
      end: { day: '31', month: '3', year: '2020' },
      value: '87.5',
      source: 'End-to-end test',
    });
    await form.submit();

    await expect(page).toHaveURL(new RegExp(`/kpis/${kpi.id}$`));
    await expect(kpiPage.successBanner).toContainText('Measurement recorded');
    const row = kpiPage.row('2020-Q1');
    await expect(row).toContainText('87.5%');
    await expect(row).toContainText('85% to 90%');
    await expect(row).toContainText('End-to-end test');
    await expect(kpiPage.chart).toHaveAttribute('aria-label', /1 measurement, 87\.5% for 2020-Q1, against a target of 90%/);
  });
});
