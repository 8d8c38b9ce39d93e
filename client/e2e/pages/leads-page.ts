import type { Locator, Page } from '@playwright/test';

/** The programme manager's leads list: the filters and the table of leads. */
export class LeadsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly addLead: Locator;
  readonly successBanner: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Leads' });
    this.table = page.getByRole('table', { name: 'Leads' });
    this.addLead = page.getByRole('button', { name: 'Add a lead' });
    this.successBanner = page.locator('.govuk-notification-banner--success');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/leads${query}`);
    await this.heading.waitFor();
  }

  /** The table row of the lead with this name. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Name contains').fill(text);
    await this.page.getByRole('button', { name: 'Apply filters' }).click();
  }
}

/** "Add a lead" and a lead's edit page: the form, its errors, and (on an organisation) who belongs to it. */
export class LeadFormPage {
  readonly name: Locator;
  readonly organisation: Locator;
  readonly email: Locator;
  readonly errorSummary: Locator;
  readonly members: Locator;

  constructor(private readonly page: Page) {
    this.name = page.getByLabel('Name', { exact: true });
    this.organisation = page.getByLabel('Organisation (optional)');
    this.email = page.getByLabel('Email address (optional)');
    this.errorSummary = page.locator('.govuk-error-summary');
    this.members = page.getByRole('table', { name: /^Leads that belong to / });
  }

  async gotoNew(): Promise<void> {
    await this.page.goto('/leads/new');
    await this.name.waitFor();
  }

  kind(kind: string): Locator {
    return this.page.getByRole('radio', { name: kind, exact: true });
  }

  async submit(text: 'Add lead' | 'Save changes'): Promise<void> {
    await this.page.getByRole('button', { name: text }).click();
  }
}
