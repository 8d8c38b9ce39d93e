import { expect, test } from '@playwright/test';

import { wcagViolations } from './accessibility';
import { administratorStorageState } from './demo-users';
import { LeadFormPage, LeadsPage } from './pages/leads-page';
import { RecommendationsPage } from './pages/recommendations-page';
import { UserPage } from './pages/user-page';
import { createUser, demoPlanId } from './people-api';

test.describe('WCAG 2.2 AA (axe-core): recommendations, leads and users', () => {
  // axe walks every node; the recommendations page has 34 cards. More time than a click-through test on 2 busy cores.
  test.setTimeout(120_000);

  test('the recommendations page has no violations, all and filtered to those with no action', async ({ page }) => {
    await page.goto('/');
    const recommendations = new RecommendationsPage(page);
    await recommendations.goto(await demoPlanId(page));
    await expect(recommendations.cards.first()).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);

    await recommendations.onlyUncovered.check();
    await recommendations.applyFilter.click();
    await expect(page).toHaveURL(/covered=false/);
    await expect(recommendations.card(1)).toHaveCount(0);
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the recommendations page has no violations in its empty and error states', async ({ page }) => {
    await page.goto('/');
    const planId = await demoPlanId(page);
    const recommendations = new RecommendationsPage(page);

    // The states are the page's own; the API is made to answer with nothing, then with a failure.
    await page.route('**/api/v1/recommendations?**', (route) => route.fulfill({ json: { items: [], nextCursor: null } }));
    await recommendations.goto(planId);
    await expect(page.getByText('The review has no recommendations recorded yet.')).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);

    await page.unroute('**/api/v1/recommendations?**');
    await page.route('**/api/v1/recommendations?**', (route) =>
      route.fulfill({ status: 500, contentType: 'application/problem+json', body: JSON.stringify({ status: 500, title: 'Internal Server Error' }) }),
    );
    await recommendations.goto(planId);
    await expect(page.getByText('Sorry, there is a problem with the service')).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the leads list, with and without matches, has no violations', async ({ page }) => {
    const leads = new LeadsPage(page);
    await leads.goto();
    await leads.table.waitFor();
    expect(await wcagViolations(page)).toEqual([]);

    await leads.search(`nobody-${Date.now()}`);
    await expect(page.getByText('No leads match these filters.')).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the lead form has no violations, empty and showing errors', async ({ page }) => {
    const form = new LeadFormPage(page);
    await form.gotoNew();
    expect(await wcagViolations(page)).toEqual([]);

    await form.submit('Add lead');
    await expect(form.errorSummary).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);

    await form.kind('Person').check();
    await form.email.fill('not an email');
    await form.submit('Add lead');
    await expect(form.errorSummary.getByRole('link', { name: /./ }).nth(1)).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test.describe('as the administrator', () => {
    test.use({ storageState: administratorStorageState });

    test('a user\u2019s page has no violations, as loaded, showing errors and asking to disable', async ({ page }) => {
      await page.goto('/admin/users');
      const created = await createUser(page, `E2E Accessibility ${Date.now()}`);
      const user = new UserPage(page);
      await user.goto(created.id);
      expect(await wcagViolations(page)).toEqual([]);

      await user.role('Lead').check();
      await user.saveButton.click();
      await expect(user.errorSummary).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);

      await user.disableButton.click();
      await expect(user.confirmDisableButton).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });
});
