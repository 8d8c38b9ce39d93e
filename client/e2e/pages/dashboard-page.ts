import type { Locator, Page } from '@playwright/test';

/** A plan's dashboard: the "as at" form, the ratings table, the attention counts, KPI tiles and latest updates. */
export class DashboardPage {
  readonly heading: Locator;
  readonly asAt: Locator;
  readonly figuresDate: Locator;
  readonly ratingsChart: Locator;
  readonly ratingsTable: Locator;
  readonly attention: Locator;
  readonly kpiTiles: Locator;
  readonly latestUpdates: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Dashboard' });
    this.asAt = page.getByRole('group', { name: 'Show the figures as at' });
    this.figuresDate = page.getByText(/^Figures as at /);
    this.ratingsChart = page.getByRole('img', { name: /^Stacked bar chart/ });
    this.ratingsTable = page.getByRole('table', { name: /^Actions by effective rating and theme/ });
    this.attention = page.getByRole('list', { name: 'Actions needing attention' });
    this.kpiTiles = page.getByRole('list', { name: 'KPIs' }).getByRole('listitem');
    this.latestUpdates = page.getByRole('table', { name: /^Latest progress updates/ }).locator('tbody tr');
  }

  async goto(planId: string, asOf?: string): Promise<void> {
    await this.page.goto(`/plans/${encodeURIComponent(planId)}/dashboard${asOf ? `?asOf=${asOf}` : ''}`);
    await this.heading.waitFor();
  }

  /** Types a date into the "as at" form and presses "Show". */
  async showAsAt(day: string, month: string, year: string): Promise<void> {
    await this.asAt.getByLabel('Day').fill(day);
    await this.asAt.getByLabel('Month').fill(month);
    await this.asAt.getByLabel('Year').fill(year);
    await this.page.getByRole('button', { name: 'Show' }).click();
  }

  /** The ratings table's row for a theme (by its title as the table writes it, "Title (CODE)") or "Whole plan". */
  ratingsRow(name: string): Locator {
    return this.ratingsTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** The attention count that links to the plan tree with this filter ("Overdue", "Due soon", "Stale", "Blocked"). */
  attentionLink(label: string): Locator {
    return this.attention.getByRole('link', { name: new RegExp(`^\\d+\\s*${label}`) });
  }
}
