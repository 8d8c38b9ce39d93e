import type { Locator, Page } from '@playwright/test';

/** The reminders log (`/reminders`): filters, the scan button and its banner, and the table. */
export class RemindersPage {
  readonly heading: Locator;
  readonly scanButton: Locator;
  readonly successBanner: Locator;
  readonly table: Locator;
  readonly empty: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.scanButton = page.getByRole('button', { name: 'Run the reminder scan now' });
    this.successBanner = page.locator('.govuk-notification-banner--success');
    this.table = page.getByRole('table', { name: 'Reminders' });
    this.empty = page.getByText(/^No reminders match\./);
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/reminders${query}`);
  }

  /** Chooses a filter by its label and option text, then "Show reminders". */
  async filter(choices: Record<string, string>): Promise<void> {
    for (const [label, option] of Object.entries(choices)) {
      await this.page.getByLabel(label, { exact: true }).selectOption({ label: option });
    }
    await this.page.getByRole('button', { name: 'Show reminders' }).click();
  }

  /** The text of the "Why" column's kind, one per row. */
  kinds(): Promise<string[]> {
    return this.table.locator('tbody tr td:nth-of-type(2) .govuk-\\!-font-weight-bold').allTextContents();
  }
}
