import type { Locator, Page } from '@playwright/test';

/** The home page: the table of delivery plans. */
export class PlansListPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Delivery plans' });
    this.table = page.getByRole('table', { name: 'Delivery plans' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
    await this.table.waitFor();
  }

  planLink(title: string): Locator {
    return this.table.getByRole('link', { name: title, exact: true });
  }

  async openPlan(title: string): Promise<void> {
    await this.planLink(title).click();
  }
}
