import type { Locator, Page } from '@playwright/test';

/** A plan's structure page (`/plans/:planId/edit`): themes, objectives and actions with their controls, and the delete step. */
export class PlanStructurePage {
  readonly heading: Locator;
  readonly successBanner: Locator;
  readonly errorSummary: Locator;
  /** The live message after a move ("Moved theme EA down"). */
  readonly moveStatus: Locator;
  readonly themeHeadings: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Plan structure' });
    this.successBanner = page.locator('.govuk-notification-banner--success');
    this.errorSummary = page.locator('.govuk-error-summary');
    this.moveStatus = page.getByRole('main').getByRole('status');
    this.themeHeadings = page.locator('.app-structure__theme > h2');
  }

  async goto(planId: string): Promise<void> {
    await this.page.goto(`/plans/${encodeURIComponent(planId)}/edit`);
    await this.heading.waitFor();
  }

  theme(code: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^Theme ${code} `) });
  }

  /** A control by its full accessible name, e.g. "Move down theme EA" or "Edit action EA-1.1". */
  control(name: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name, exact: true }).or(this.page.getByRole('main').getByRole('button', { name, exact: true }));
  }

  async addTheme(code: string, title: string): Promise<void> {
    await this.page.getByRole('link', { name: 'Add a theme' }).click();
    await this.page.getByLabel('Code').fill(code);
    await this.page.getByLabel('Title').fill(title);
    await this.page.getByRole('button', { name: 'Add theme' }).click();
    await this.heading.waitFor();
  }

  async addObjective(themeCode: string, title: string): Promise<void> {
    await this.control(`Add an objective to theme ${themeCode}`).click();
    await this.page.getByLabel('Objective').fill(title);
    await this.page.getByRole('button', { name: 'Add objective' }).click();
    await this.heading.waitFor();
  }
}
