import type { Locator, Page } from '@playwright/test';

/** The sign-in page: email address, password, the button and, after a failed attempt, the error summary. */
export class SignInPage {
  readonly heading: Locator;
  readonly emailInput: Locator;
  readonly passwordInput: Locator;
  readonly signInButton: Locator;
  readonly errorSummary: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sign in' });
    this.emailInput = page.getByLabel('Email address');
    this.passwordInput = page.getByLabel('Password');
    this.signInButton = page.getByRole('main').getByRole('button', { name: 'Sign in' });
    this.errorSummary = page.locator('.govuk-error-summary');
  }

  async goto(): Promise<void> {
    await this.page.goto('/sign-in');
    await this.heading.waitFor();
  }

  /** Fills in the form and presses the button; does not wait for the outcome. */
  async signIn(email: string, password: string): Promise<void> {
    await this.emailInput.fill(email);
    await this.passwordInput.fill(password);
    await this.signInButton.click();
  }
}
