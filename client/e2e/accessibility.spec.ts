import { expect, test } from '@playwright/test';

import { wcagViolations } from './accessibility';
import { PlanTreePage } from './pages/plan-tree-page';
import { PlansListPage } from './pages/plans-list-page';

test.describe('WCAG 2.2 AA (axe-core)', () => {
  // axe walks every node of the page; the plan tree (64 actions in six tables) takes several seconds on a 2-core
  // machine and far longer while it is busy, so these checks get more time than a click-through test.
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
});
