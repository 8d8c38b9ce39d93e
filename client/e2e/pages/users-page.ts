import type { Locator, Page } from '@playwright/test';

/** The administrator's users page: the table of user accounts. */
export class UsersPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Users' });
    this.table = page.getByRole('table', { name: 'Users' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin/users');
    await this.table.waitFor();
  }

  /** The table row of the user with this name. */
  row(displayName: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: displayName, exact: true }) });
  }
}
