import type { Locator, Page } from '@playwright/test';

/** The notifications page (`/notifications`) and the header's link to it. */
export class NotificationsPage {
  readonly heading: Locator;
  readonly headerLink: Locator;
  readonly cards: Locator;
  readonly empty: Locator;
  readonly markAllButton: Locator;
  readonly settingsLink: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.headerLink = page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: /^Notifications/ });
    this.cards = page.locator('main .govuk-summary-card');
    this.empty = page.getByText('You have no notifications.');
    this.markAllButton = page.getByRole('button', { name: 'Mark all as read' });
    this.settingsLink = page.getByRole('link', { name: 'Change whether reminders are also emailed to you' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/notifications');
  }
}
