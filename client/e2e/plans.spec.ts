import { expect, test } from '@playwright/test';

import { demoPlanFile } from './demo-plan';
import { getAllItems, type ListedAction } from './read-api';
import { PlanTreePage } from './pages/plan-tree-page';
import { PlansListPage } from './pages/plans-list-page';

const demoPlanTitle = 'Building Safer Communities – Delivery Plan';

test.describe('plans', () => {
  test('the plans list links to the demo plan, whose tree shows every theme of the data file and their actions', async ({ page }) => {
    const plans = new PlansListPage(page);
    await plans.goto();
    await expect(plans.heading).toBeVisible();
    await expect(page).toHaveTitle('Delivery plans – Delivery Tracker');

    await plans.openPlan(demoPlanTitle);

    const plan = new PlanTreePage(page);
    await plan.waitForTree();
    await expect(plan.title).toHaveText(demoPlanTitle);
    await expect(page).toHaveURL(/\/plans\/[^/]+$/);
    await expect(plan.themeHeadings).toHaveCount(demoPlanFile.themes.length);
    await expect(plan.themeHeading('Tackling Terrorism')).toBeVisible();
    await expect(plan.themeHeading('CCTV Development')).toBeVisible();

    const syv11 = plan.actionRow('SYV-1.1');
    await expect(syv11).toHaveCount(1);
    await expect(syv11).toContainText('Natasha Bishopp');
    await expect(syv11).toContainText('30 September 2019');
  });

  test('filtering by a lead leaves only that lead\u2019s actions, as the API finds them', async ({ page }) => {
    const plans = new PlansListPage(page);
    await plans.goto();
    await plans.openPlan(demoPlanTitle);
    const plan = new PlanTreePage(page);
    await plan.waitForTree();
    const allRows = await plan.actionRows.count();

    await plan.leadSelect.selectOption({ label: 'Pinakin Patel' });
    const leadId = await plan.leadSelect.inputValue();
    await plan.apply();

    const expected = await getAllItems<ListedAction>(page.request, `/api/v1/actions?planId=${plan.planId()}&leadId=${leadId}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(allRows);
    await expect(page).toHaveURL(new RegExp(`\\?lead=${leadId}$`));
    await expect(plan.resultCount).toHaveText(`Showing ${expected.length} of ${allRows} actions`);
    await expect.poll(() => plan.references()).toEqual(expected.map((action) => action.referenceCode));
  });

  test('an unknown plan id shows "Plan not found"', async ({ page }) => {
    const plan = new PlanTreePage(page);
    await plan.goto('00000000-0000-0000-0000-000000000000');

    await expect(page.getByRole('heading', { level: 1, name: 'Plan not found' })).toBeVisible();
    await expect(page).toHaveTitle('Plan not found – Delivery Tracker');
    await expect(page.getByRole('link', { name: 'View all plans' })).toBeVisible();
  });

  test('an unknown address shows "Page not found" inside the service layout', async ({ page }) => {
    await page.goto('/no-such-page');

    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Accessibility statement' })).toBeVisible();
  });
});
