import { expect, test } from '@playwright/test';

import { wcagViolations } from './accessibility';
import { leadStorageState } from './demo-users';
import { ActionListsPage } from './pages/action-lists-page';
import { PlanTreePage } from './pages/plan-tree-page';
import { PlansListPage } from './pages/plans-list-page';

// The plan tree, My actions and Overdue and due soon, each in its filled, empty and error states (WCAG 2.2 AA, axe-core).
test.describe('WCAG 2.2 AA (axe-core): plan tree and action lists', () => {
  // axe walks every node; a tree of the demo plan's actions takes several seconds on a busy 2-core machine.
  test.setTimeout(120_000);

  async function openDemoPlan(page: import('@playwright/test').Page): Promise<PlanTreePage> {
    const plans = new PlansListPage(page);
    await plans.goto();
    await plans.openPlan('Building Safer Communities – Delivery Plan');
    const tree = new PlanTreePage(page);
    await tree.waitForTree();
    return tree;
  }

  test('the plan tree filtered (overdue as at 31 March 2020) has no violations', async ({ page }) => {
    const tree = await openDemoPlan(page);
    await tree.goto(tree.planId(), '?overdue=true&asOf=2020-03-31');
    await tree.waitForTree();
    await expect(tree.clearLink).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the plan tree with no matching action has no violations', async ({ page }) => {
    const tree = await openDemoPlan(page);
    await tree.goto(tree.planId(), '?q=zzzz-no-such-action');
    await expect(tree.noResults).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the plan tree showing filter errors has no violations', async ({ page }) => {
    const tree = await openDemoPlan(page);
    await tree.recommendationInput.fill('seven');
    await tree.setRatingsAsAt('31', '2', '2020');
    await tree.apply();
    await expect(tree.errorSummary).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('Overdue and due soon has no violations', async ({ page }) => {
    const overdue = new ActionListsPage(page);
    await overdue.gotoOverdue();
    await expect(overdue.heading).toHaveText('Overdue and due soon');
    await page.getByRole('heading', { level: 2, name: /^Overdue \(\d+\)$/ }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^Due soon \(\d+\)$/ }).waitFor();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('My actions for a user who leads nothing has no violations', async ({ page }) => {
    // The programme manager's account is not linked to a lead.
    const myActions = new ActionListsPage(page);
    await myActions.gotoMyActions();
    await expect(page.getByText(/Your account is not linked to a lead/)).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test.describe('as the lead', () => {
    test.use({ storageState: leadStorageState });

    test('My actions has no violations', async ({ page }) => {
      const myActions = new ActionListsPage(page);
      await myActions.gotoMyActions();
      await myActions.groupHeadings.first().waitFor();
      await page.locator('main table').first().waitFor();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });
});
