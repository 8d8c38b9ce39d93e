import type { Locator, Page } from '@playwright/test';

/** The administrator's page for one user: roles, linked lead, and disabling the account. */
export class UserPage {
  readonly saveButton: Locator;
  readonly disableButton: Locator;
  readonly confirmDisableButton: Locator;
  readonly errorSummary: Locator;
  readonly linkedLead: Locator;

  constructor(private readonly page: Page) {
    this.saveButton = page.getByRole('button', { name: 'Save changes' });
    this.disableButton = page.getByRole('button', { name: 'Disable account' });
    this.confirmDisableButton = page.getByRole('button', { name: 'Yes, disable the account' });
    this.errorSummary = page.locator('.govuk-error-summary');
    this.linkedLead = page.getByLabel('Linked lead');
  }

  async goto(userId: string): Promise<void> {
    await this.page.goto(`/admin/users/${userId}`);
    await this.saveButton.waitFor();
  }

  role(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }
}
