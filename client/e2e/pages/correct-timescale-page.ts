import type { Locator, Page } from '@playwright/test';

/** The "Correct the timescale" form, and the conflict panel it shows when someone else saved first. */
export class CorrectTimescalePage {
  readonly heading: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;
  readonly conflictPanel: Locator;
  readonly saveAgain: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Correct the timescale' });
    this.submit = page.getByRole('button', { name: 'Save the corrected timescale' });
    this.errorSummary = page.locator('.govuk-error-summary');
    this.conflictPanel = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /^Someone else changed/ }) });
    this.saveAgain = page.getByRole('button', { name: 'Save my changes again' });
  }

  async goto(actionId: string): Promise<void> {
    await this.page.goto(`/actions/${encodeURIComponent(actionId)}/timescale`);
    await this.heading.waitFor();
  }

  kind(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  /** Types a date into the "Start date" or "Due date" date input. */
  async fillDate(legend: 'Start date' | 'Due date', day: number, month: number, year: number): Promise<void> {
    const group = this.page.getByRole('group', { name: legend, exact: true });
    await group.getByLabel('Day').fill(String(day));
    await group.getByLabel('Month').fill(String(month));
    await group.getByLabel('Year').fill(String(year));
  }

  async clearDate(legend: 'Start date' | 'Due date'): Promise<void> {
    const group = this.page.getByRole('group', { name: legend, exact: true });
    for (const part of ['Day', 'Month', 'Year']) await group.getByLabel(part).fill('');
  }
}
