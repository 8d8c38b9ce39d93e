import type { Locator, Page } from '@playwright/test';

/** A plan's page: its summary, the filter form and the tree of themes, objectives and action tables. */
export class PlanTreePage {
  readonly title: Locator;
  readonly themeHeadings: Locator;
  readonly themeSelect: Locator;
  readonly searchInput: Locator;
  readonly resultCount: Locator;
  /** Every action row on the page, across all objective tables. */
  readonly actionRows: Locator;

  constructor(private readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.themeHeadings = page.getByRole('main').getByRole('heading', { level: 2 });
    this.themeSelect = page.getByLabel('Theme');
    this.searchInput = page.getByLabel('Search actions');
    this.resultCount = page.getByRole('status');
    this.actionRows = page.locator('main table tbody tr');
  }

  async goto(planId: string): Promise<void> {
    await this.page.goto(`/plans/${encodeURIComponent(planId)}`);
  }

  /** Waits until the plan has loaded and its tree is on the page. */
  async waitForTree(): Promise<void> {
    await this.page.getByRole('search', { name: 'Filter actions' }).waitFor();
  }

  themeHeading(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name, exact: true });
  }

  /** The table row of the action with this reference code. */
  actionRow(referenceCode: string): Locator {
    return this.actionRows.filter({ has: this.page.getByRole('rowheader', { name: referenceCode, exact: true }) });
  }

  async search(text: string): Promise<void> {
    await this.searchInput.fill(text);
  }

  async chooseTheme(title: string): Promise<void> {
    await this.themeSelect.selectOption({ label: title });
  }
}
