import { expect, test } from '@playwright/test';

import { getAllItems, getJson, type ListedAction } from './read-api';
import { PlanTreePage } from './pages/plan-tree-page';
import { PlansListPage } from './pages/plans-list-page';

const demoPlanTitle = 'Building Safer Communities – Delivery Plan';

type PlanTree = { themes: { id: string; title: string }[] };

// Only reads: the filters, the URL and the action page. The expected lists come from the API at the time of the test.
test.describe('the plan tree, as a programme manager', () => {
  test('finds the overdue actions of a theme as at 31 March 2020 through the filters; the URL keeps them through a reload', async ({ page }) => {
    const plans = new PlansListPage(page);
    await plans.goto();
    await plans.openPlan(demoPlanTitle);
    const tree = new PlanTreePage(page);
    await tree.waitForTree();
    const planId = tree.planId();

    // The first theme with an action overdue as at 31 March 2020, by the API's own reckoning.
    const plan = await getJson<PlanTree>(page.request, `/api/v1/plans/${planId}`);
    const overdue = await getAllItems<ListedAction>(page.request, `/api/v1/actions?planId=${planId}&overdue=true&asOf=2020-03-31`);
    const theme = plan.themes.find((candidate) => overdue.some((action) => action.themeId === candidate.id));
    if (!theme) throw new Error('The demo plan has no action overdue as at 31 March 2020.');
    const expected = overdue.filter((action) => action.themeId === theme.id).map((action) => action.referenceCode);

    await tree.themeSelect.selectOption({ label: theme.title });
    await tree.checkbox('Overdue').check();
    await tree.setRatingsAsAt('31', '3', '2020');
    await tree.apply();

    await expect(page).toHaveURL(new RegExp(`/plans/${planId}\\?theme=${theme.id}&overdue=true&asOf=2020-03-31$`));
    await expect(tree.resultCount).toHaveText(new RegExp(`^Showing ${expected.length} of \\d+ actions, rated as at 31 March 2020$`));
    await expect.poll(() => tree.references()).toEqual(expected);
    await expect(tree.themeHeadings).toHaveText([theme.title]);

    await page.reload();
    await tree.waitForTree();
    await expect(tree.themeSelect).toHaveValue(theme.id);
    await expect(tree.checkbox('Overdue')).toBeChecked();
    await expect(tree.filterForm.getByLabel('Year')).toHaveValue('2020');
    await expect.poll(() => tree.references()).toEqual(expected);

    const first = expected[0] as string;
    const firstId = overdue.find((action) => action.referenceCode === first)?.id as string;
    await tree.actionRow(first).getByRole('link', { name: first, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/actions/${firstId}$`));
  });

  test('"Clear filters" shows the whole plan again, and a filter with no match says so', async ({ page }) => {
    const plans = new PlansListPage(page);
    await plans.goto();
    await plans.openPlan(demoPlanTitle);
    const tree = new PlanTreePage(page);
    await tree.waitForTree();
    const all = await tree.actionRows.count();

    await tree.searchInput.fill('zzzz-no-such-action');
    await tree.apply();
    await expect(tree.noResults).toBeVisible();
    await expect(tree.resultCount).toHaveText(`Showing 0 of ${all} actions`);

    await tree.clearLink.click();
    await tree.waitForTree();
    await expect(tree.resultCount).toHaveText(`Showing all ${all} actions`);
    await expect(tree.searchInput).toHaveValue('');
  });
});
