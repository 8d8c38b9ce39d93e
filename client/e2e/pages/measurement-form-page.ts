import type { Locator, Page } from '@playwright/test';

type Day = { day: string; month: string; year: string };

/** The form that records (or corrects) a KPI measurement. */
export class MeasurementFormPage {
  readonly heading: Locator;
  readonly period: Locator;
  readonly value: Locator;
  readonly source: Locator;
  readonly note: Locator;
  readonly errorSummary: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.period = page.getByLabel('Period', { exact: true });
    this.value = page.getByLabel('Value', { exact: true });
    this.source = page.getByLabel('Source (optional)');
    this.note = page.getByLabel('Note (optional)');
    this.errorSummary = page.locator('.govuk-error-summary');
  }

  async gotoRecord(kpiId: string): Promise<void> {
    await this.page.goto(`/kpis/${encodeURIComponent(kpiId)}/measurements/new`);
    await this.heading.waitFor();
  }

  private async fillDate(legend: string, date: Day): Promise<void> {
    const group = this.page.getByRole('group', { name: legend });
    await group.getByLabel('Day').fill(date.day);
    await group.getByLabel('Month').fill(date.month);
    await group.getByLabel('Year').fill(date.year);
  }

  async fill(values: { period: string; start: Day; end: Day; value: string; source?: string; note?: string }): Promise<void> {
    await this.period.fill(values.period);
    await this.fillDate('First day of the period', values.start);
    await this.fillDate('Last day of the period', values.end);
    await this.value.fill(values.value);
    if (values.source) await this.source.fill(values.source);
    if (values.note) await this.note.fill(values.note);
  }

  async submit(name: 'Record measurement' | 'Save correction' = 'Record measurement'): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }
}
