import { expect, test } from '@playwright/test';

import { demoPassword, demoUsers } from './demo-users';
import { AccountNavigation } from './pages/account-navigation';
import { PlansListPage } from './pages/plans-list-page';
import { SignInPage } from './pages/sign-in-page';

// These tests start signed out and sign in themselves (each sign-in counts towards the API's limit of ten a minute).
test.use({ storageState: { cookies: [], origins: [] } });

test.describe('signing in and out', () => {
  test('a wrong password shows the error summary with the API\u2019s message, and nobody is signed in', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();

    // The board member, not the programme manager, so no failure here counts towards locking the account the tests use.
    await signIn.signIn(demoUsers.boardMember.email, 'not-the-right-one-7Qx');

    await expect(signIn.errorSummary).toBeFocused();
    await expect(signIn.errorSummary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(signIn.errorSummary.getByRole('link', { name: /email or password is not right/ })).toHaveAttribute('href', '#email');
    await expect(page).toHaveTitle('Error: Sign in – Delivery Tracker');
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(new AccountNavigation(page).signOutButton).toHaveCount(0);
  });

  test('the programme manager signs in, goes back to the page they asked for and sees their name', async ({ page }) => {
    await page.goto('/plans/00000000-0000-0000-0000-000000000000');
    const signIn = new SignInPage(page);
    await expect(signIn.heading).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fplans%2F0{8}-/);

    await signIn.signIn(demoUsers.programmeManager.email, demoPassword());

    await expect(page).toHaveURL(/\/plans\/0{8}-0{4}-0{4}-0{4}-0{12}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Plan not found' })).toBeVisible();
    const account = new AccountNavigation(page);
    await expect(account.signedInAs(demoUsers.programmeManager.displayName)).toBeVisible();
    await expect(account.signOutButton).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Plans' })).toBeVisible();

    // Signed in, the sign-in page has nothing to offer: it sends them on.
    await page.goto('/sign-in');
    await expect(page).toHaveURL(/\/$/);
  });

  test('signing out returns to the sign-in page, and the plans then need signing in again', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.goto();
    await signIn.signIn(demoUsers.programmeManager.email, demoPassword());
    const plans = new PlansListPage(page);
    await expect(plans.heading).toBeVisible();

    await new AccountNavigation(page).signOut();

    await expect(signIn.heading).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(new AccountNavigation(page).signOutButton).toHaveCount(0);
    // The service's pages are listed only while someone can open them.
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Plans' })).toHaveCount(0);
    expect((await page.context().cookies()).map((cookie) => cookie.name)).not.toContain('DeliveryTracker.Session');

    await page.goto('/');
    await expect(signIn.heading).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in$/);

    await page.goto('/plans/00000000-0000-0000-0000-000000000000');
    await expect(signIn.heading).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fplans%2F/);
  });

});
