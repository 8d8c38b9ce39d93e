import { expect, test } from '@playwright/test';

import { leadStorageState } from './demo-users';
import { getAllItems, getJson, type ListedAction } from './read-api';
import { ActionListsPage } from './pages/action-lists-page';

test.describe('My actions, as a lead', () => {
  test.use({ storageState: leadStorageState });

  test('lists the lead’s open actions, overdue first and most urgent first, each with a link to post an update', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'My actions' }).click();
    const myActions = new ActionListsPage(page);
    await expect(myActions.heading).toHaveText('My actions');
    await expect(page).toHaveTitle('My actions – Delivery Tracker');

    // What the page should show, from the API: the lead's open actions in urgency order.
    const me = await getJson<{ leadId: string | null }>(page.request, '/api/v1/auth/me');
    expect(me.leadId, 'the demo lead account is linked to a lead').toBeTruthy();
    const open = await getAllItems<ListedAction>(
      page.request,
      `/api/v1/actions?leadId=${me.leadId}&status=NotStarted&status=InProgress&status=Blocked&status=OnHold&sort=Urgency`,
    );
    expect(open.length, 'the demo lead leads open actions').toBeGreaterThan(0);
    const overdue = open.filter((action) => action.rating.overdue);
    const dueSoon = open.filter((action) => !action.rating.overdue && action.rating.dueSoon);
    const other = open.filter((action) => !action.rating.overdue && !action.rating.dueSoon);
    const groups = [
      { heading: 'Overdue', actions: overdue },
      { heading: 'Due soon', actions: dueSoon },
      { heading: 'Other open actions', actions: other },
    ].filter((group) => group.actions.length > 0);

    await expect(myActions.groupHeadings).toHaveText(groups.map((group) => `${group.heading} (${group.actions.length})`));
    for (const group of groups) {
      const table = myActions.table(`${group.heading}: actions you lead`);
      await expect.poll(() => myActions.references(table)).toEqual(group.actions.map((action) => action.referenceCode));
    }

    const first = groups[0]?.actions[0] as ListedAction;
    const update = page.getByRole('link', { name: `Post an update on ${first.referenceCode}`, exact: true });
    await expect(update).toHaveAttribute('href', `/actions/${first.id}/update`);
    await update.click();
    await expect(page).toHaveURL(new RegExp(`/actions/${first.id}/update$`));
  });
});
