import type { Locator, Page } from '@playwright/test';

/** A plan's tree: its links, summary, the filter form (a GET form: "Apply filters") and themes → objectives → action rows. */
export class PlanTreePage {
  readonly title: Locator;
  /** The themes shown (a theme with no matching action is left out while filtering). */
  readonly themeHeadings: Locator;
  readonly filterForm: Locator;
  readonly themeSelect: Locator;
  readonly leadSelect: Locator;
  readonly searchInput: Locator;
  readonly recommendationInput: Locator;
  readonly applyButton: Locator;
  readonly clearLink: Locator;
  /** "Showing N of M actions". */
  readonly resultCount: Locator;
  readonly noResults: Locator;
  readonly errorSummary: Locator;
  /** Every action row on the page, across all objective tables. */
  readonly actionRows: Locator;

  constructor(private readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.themeHeadings = page.locator('main .app-plan-theme > h2');
    this.filterForm = page.getByRole('search', { name: 'Filter actions' });
    this.themeSelect = this.filterForm.getByLabel('Theme');
    this.leadSelect = this.filterForm.getByLabel('Lead');
    this.searchInput = this.filterForm.getByLabel('Search actions');
    this.recommendationInput = this.filterForm.getByLabel('Recommendation number');
    this.applyButton = this.filterForm.getByRole('button', { name: 'Apply filters' });
    this.clearLink = this.filterForm.getByRole('link', { name: 'Clear filters' });
    this.resultCount = page.getByRole('status').filter({ hasText: /^Showing / });
    this.noResults = page.getByRole('heading', { level: 2, name: 'No actions match these filters' });
    this.errorSummary = page.locator('.govuk-error-summary');
    this.actionRows = page.locator('main table tbody tr');
  }

  async goto(planId: string, query = ''): Promise<void> {
    await this.page.goto(`/plans/${encodeURIComponent(planId)}${query}`);
  }

  /** The plan's id, from the address of the page. */
  planId(): string {
    const match = /\/plans\/([^/?#]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`Not on a plan's page: ${this.page.url()}`);
    return decodeURIComponent(match[1]);
  }

  /**
   * Waits until the plan and all its matching actions are on the page: the count, then the whole tree (it is
   * `aria-busy` while a large plan goes on the page in slices), or the "no match" heading.
   */
  async waitForTree(): Promise<void> {
    await this.filterForm.waitFor();
    await this.resultCount.waitFor();
    await this.page.locator('main .app-plan-tree:not([aria-busy])').or(this.noResults).waitFor();
  }

  themeHeading(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name, exact: true });
  }

  /** The table row of the action with this reference code. */
  actionRow(referenceCode: string): Locator {
    return this.actionRows.filter({ has: this.page.getByRole('rowheader', { name: referenceCode, exact: true }) });
  }

  /** The reference codes of the rows shown, in order. */
  async references(): Promise<string[]> {
    return this.page.locator('main table tbody th[scope="row"]').allInnerTexts();
  }

  checkbox(name: string): Locator {
    return this.filterForm.getByRole('checkbox', { name, exact: true });
  }

  async setRatingsAsAt(day: string, month: string, year: string): Promise<void> {
    const asAt = this.filterForm.getByRole('group', { name: /Ratings as at/ });
    await asAt.getByLabel('Day').fill(day);
    await asAt.getByLabel('Month').fill(month);
    await asAt.getByLabel('Year').fill(year);
  }

  async apply(): Promise<void> {
    await this.applyButton.click();
  }
}
