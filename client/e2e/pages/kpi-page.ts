import type { Locator, Page } from '@playwright/test';

/** A KPI's page: its rating, the "Record a measurement" button, the chart and the measurements table. */
export class KpiPage {
  readonly heading: Locator;
  readonly recordButton: Locator;
  readonly chart: Locator;
  readonly measurementsTable: Locator;
  readonly successBanner: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.recordButton = page.getByRole('button', { name: 'Record a measurement' });
    this.chart = page.getByRole('img', { name: /^Line chart of / });
    this.measurementsTable = page.getByRole('table', { name: /^Measurements of / });
    this.successBanner = page.locator('.govuk-notification-banner--success');
  }

  async goto(kpiId: string): Promise<void> {
    await this.page.goto(`/kpis/${encodeURIComponent(kpiId)}`);
    await this.heading.waitFor();
  }

  /** The measurements table's row for a period, by the period as written. */
  row(periodLabel: string): Locator {
    return this.measurementsTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: periodLabel }) });
  }
}
