import type { Locator, Page } from '@playwright/test';

/** The "Post a progress update" form. */
export class ProgressUpdatePage {
  readonly heading: Locator;
  readonly derivedRating: Locator;
  readonly justification: Locator;
  readonly percentComplete: Locator;
  readonly note: Locator;
  readonly evidenceLinks: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Post a progress update' });
    this.derivedRating = page.locator('#derived-rating .govuk-tag');
    this.justification = page.getByLabel('Why does your rating differ from the derived rating?');
    this.percentComplete = page.getByLabel('Percent complete (optional)');
    this.note = page.getByLabel('What has happened since the last update? (optional)');
    this.evidenceLinks = page.getByLabel('Links to evidence (optional)');
    this.submit = page.getByRole('button', { name: 'Post update' });
    this.errorSummary = page.locator('.govuk-error-summary');
  }

  async goto(actionId: string): Promise<void> {
    await this.page.goto(`/actions/${encodeURIComponent(actionId)}/update`);
  }

  status(label: string): Locator {
    return this.page.getByRole('group', { name: 'What is the action’s status now?' }).getByRole('radio', { name: label, exact: true });
  }

  rating(label: string): Locator {
    return this.page.getByRole('group', { name: 'How would you rate delivery of this action?' }).getByRole('radio', { name: label, exact: true });
  }
}
