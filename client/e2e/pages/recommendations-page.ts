import type { Locator, Page } from '@playwright/test';

/** A plan's recommendations page: one card per recommendation and the "no action" filter. */
export class RecommendationsPage {
  readonly heading: Locator;
  readonly cards: Locator;
  readonly coverage: Locator;
  readonly onlyUncovered: Locator;
  readonly applyFilter: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Recommendations' });
    this.cards = page.locator('.govuk-summary-card');
    this.coverage = page.getByRole('status');
    this.onlyUncovered = page.getByRole('checkbox', { name: 'Show only recommendations with no action' });
    this.applyFilter = page.getByRole('button', { name: 'Apply filter' });
  }

  async goto(planId: string, query = ''): Promise<void> {
    await this.page.goto(`/plans/${planId}/recommendations${query}`);
    await this.heading.waitFor();
  }

  /** The card of recommendation `number`. */
  card(number: number): Locator {
    return this.cards.filter({ has: this.page.getByRole('heading', { level: 2, name: `Recommendation ${number}`, exact: true }) });
  }
}
