import type { Locator, Page } from '@playwright/test';

/** The page behind a signed update link (`/update#<token>`): the link's actions, for a partner lead with no account. */
export class UpdateLinkPage {
  readonly heading: Locator;
  readonly actionsTable: Locator;
  readonly successBanner: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Update your actions' });
    this.actionsTable = page.getByRole('table');
    this.successBanner = page.locator('.govuk-notification-banner--success');
  }

  /** Opens the link as the email gives it, but on the server under test (the email may name another base address). */
  async open(link: string): Promise<void> {
    const url = new URL(link);
    await this.page.goto(`${url.pathname}${url.hash}`);
  }

  postLinks(): Locator {
    return this.actionsTable.getByRole('link', { name: /^Post an update on / });
  }

  refusedHeading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name });
  }
}
