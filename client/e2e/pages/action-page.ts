import type { Locator, Page } from '@playwright/test';

/** An action's page: its ratings side by side, the edit controls, the timeline and the change history. */
export class ActionPage {
  readonly heading: Locator;
  readonly successBanner: Locator;
  readonly postUpdateLink: Locator;
  readonly editLink: Locator;
  readonly correctTimescaleLink: Locator;
  readonly timeline: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.successBanner = page.locator('.govuk-notification-banner--success');
    this.postUpdateLink = page.getByRole('link', { name: 'Post a progress update' });
    this.editLink = page.getByRole('link', { name: 'Edit action' });
    this.correctTimescaleLink = page.getByRole('link', { name: /^Correct the timescale/ });
    this.timeline = page.locator('ol.app-timeline');
  }

  async goto(actionId: string): Promise<void> {
    await this.page.goto(`/actions/${encodeURIComponent(actionId)}`);
    await this.page.getByRole('heading', { level: 2, name: /^Ratings as at / }).waitFor();
  }

  /** The tag of one of the three ratings: 'Derived', 'Reported' or 'Effective'. */
  rating(kind: 'Derived' | 'Reported' | 'Effective'): Locator {
    return this.page.getByRole('region', { name: kind, exact: true }).locator('.govuk-tag');
  }

  /** The timeline entry that contains this text. */
  timelineEntry(text: string): Locator {
    return this.timeline.locator('li').filter({ hasText: text });
  }
}
