import type { Locator, Page } from '@playwright/test';

/** The administrator's API keys page: the table of keys, the banner after creating or revoking, the create form. */
export class ApiKeysPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly nameInput: Locator;
  readonly expiryInput: Locator;
  readonly createButton: Locator;
  readonly errorSummary: Locator;
  readonly successBanner: Locator;
  /** The new key in the success banner, shown once. */
  readonly createdKey: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'API keys' });
    this.table = page.getByRole('table', { name: 'API keys' });
    this.nameInput = page.getByLabel('Name', { exact: true });
    this.expiryInput = page.getByLabel('Expiry date');
    this.createButton = page.getByRole('button', { name: 'Create API key' });
    this.errorSummary = page.locator('.govuk-error-summary');
    this.successBanner = page.locator('.govuk-notification-banner--success');
    this.createdKey = this.successBanner.locator('code.app-code--block');
  }

  async goto(): Promise<void> {
    await this.page.goto('/admin/api-keys');
    await this.heading.waitFor();
  }

  scope(scope: string): Locator {
    return this.page.getByRole('checkbox', { name: scope, exact: true });
  }

  /** Fills in the form and presses the button; does not wait for the outcome. */
  async create(name: string, scopes: readonly string[]): Promise<void> {
    await this.nameInput.fill(name);
    for (const scope of scopes) await this.scope(scope).check();
    await this.createButton.click();
  }

  /** The table row of the key with this name. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  revokeButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Revoke ${name}`, exact: true });
  }
}
