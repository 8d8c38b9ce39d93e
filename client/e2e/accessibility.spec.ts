import { expect, test } from '@playwright/test';

import { wcagViolations } from './accessibility';
import { administratorStorageState, demoUsers } from './demo-users';
import { ApiKeysPage } from './pages/api-keys-page';
import { PlanTreePage } from './pages/plan-tree-page';
import { PlansListPage } from './pages/plans-list-page';
import { SignInPage } from './pages/sign-in-page';

test.describe('WCAG 2.2 AA (axe-core)', () => {
  // axe walks every node of the page; the plan tree (every action of the demo plan, a table per theme) takes several
  // seconds on a 2-core machine and far longer while it is busy, so these checks get more time than a click-through test.
  test.setTimeout(120_000);

  test('the plans list has no violations', async ({ page }) => {
    await new PlansListPage(page).goto();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the plan tree has no violations', async ({ page }) => {
    const plans = new PlansListPage(page);
    await plans.goto();
    await plans.openPlan('Building Safer Communities – Delivery Plan');
    await new PlanTreePage(page).waitForTree();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the accessibility statement has no violations and is linked from the footer', async ({ page }) => {
    await new PlansListPage(page).goto();
    await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement for Delivery Tracker' })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test.describe('as the administrator', () => {
    test.use({ storageState: administratorStorageState });

    test('the API keys page has no violations, with errors and with a new key shown', async ({ page }) => {
      const apiKeys = new ApiKeysPage(page);
      await apiKeys.goto();
      await apiKeys.table.or(page.getByText('There are no API keys yet.')).waitFor();
      expect(await wcagViolations(page)).toEqual([]);

      // Nothing filled in: the API's validation problem gives the summary and the inline messages.
      await apiKeys.createButton.click();
      await expect(apiKeys.errorSummary).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);

      await apiKeys.create(`Accessibility check ${Date.now()}`, ['kpis:read']);
      await expect(apiKeys.createdKey).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });

    test('the users page has no violations', async ({ page }) => {
      await page.goto('/admin/users');
      await page.getByRole('table', { name: 'Users' }).waitFor();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });

  test.describe('signed out', () => {
    test.use({ storageState: { cookies: [], origins: [] } });

    test('the sign-in page has no violations', async ({ page }) => {
      await new SignInPage(page).goto();
      expect(await wcagViolations(page)).toEqual([]);
    });

    test('the sign-in page has no violations when showing errors', async ({ page }) => {
      const signIn = new SignInPage(page);
      await signIn.goto();
      // Empty fields: the API's validation problem gives the summary and both inline messages.
      await signIn.signInButton.click();
      await expect(page.locator('.govuk-error-message')).toHaveCount(2);
      expect(await wcagViolations(page)).toEqual([]);

      // A wrong password: the summary with the API's detail.
      await signIn.signIn(demoUsers.boardMember.email, 'not-the-right-one-7Qx');
      await expect(signIn.errorSummary.getByRole('link', { name: /email or password is not right/ })).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });
});
