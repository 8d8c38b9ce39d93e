import type { Locator, Page } from '@playwright/test';

/** The header's account links: notifications, who is signed in and "Sign out". */
export class AccountNavigation {
  readonly menu: Locator;
  readonly signOutButton: Locator;

  constructor(page: Page) {
    this.menu = page.getByRole('navigation', { name: 'Account' });
    this.signOutButton = this.menu.getByRole('button', { name: 'Sign out' });
  }

  /** The signed-in user's name as the navigation shows it (read out as "Signed in as <name>"). */
  signedInAs(displayName: string): Locator {
    return this.menu.getByText(`Signed in as ${displayName}`, { exact: true });
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
