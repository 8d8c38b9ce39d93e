import type { Locator, Page } from '@playwright/test';

/** My actions and Overdue and due soon: groups of action tables under level 2 headings. */
export class ActionListsPage {
  readonly heading: Locator;
  readonly groupHeadings: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.groupHeadings = page.getByRole('main').getByRole('heading', { level: 2 });
  }

  async gotoMyActions(): Promise<void> {
    await this.page.goto('/my-actions');
  }

  async gotoOverdue(planId?: string): Promise<void> {
    await this.page.goto(planId ? `/overdue?planId=${encodeURIComponent(planId)}` : '/overdue');
  }

  table(name: string): Locator {
    return this.page.getByRole('table', { name, exact: true });
  }

  /** The reference codes of a table's rows, in order. */
  async references(table: Locator): Promise<string[]> {
    return table.locator('tbody th[scope="row"]').allInnerTexts();
  }
}
