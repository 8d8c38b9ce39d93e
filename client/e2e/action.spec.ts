import { expect, test } from '@playwright/test';

import { demoActionId, demoActions, demoPlanId } from './demo-actions';
import { demoUsers, leadStorageState, programmeManagerStorageState } from './demo-users';
import { ActionPage } from './pages/action-page';
import { CorrectTimescalePage } from './pages/correct-timescale-page';
import { PlanTreePage } from './pages/plan-tree-page';
import { ProgressUpdatePage } from './pages/progress-update-page';

// The actions these tests change or read, used by no other test (they share one demo database):
// ASB-3.3 (timescale corrected), ASB-3.4 (the lead's progress update), CCTV-2.1 (read only: not the lead's),
// VAWG-5.2 (two programme managers correct its timescale at once).
const overdueAction = 'ASB-3.3';
const leadsOwnAction = 'ASB-3.4';
const notLeadsAction = 'CCTV-2.1';
const conflictAction = 'VAWG-5.2';

/** 31 March next year: a due date safely in the future whenever the tests run. */
const nextYear = new Date().getFullYear() + 1;

// Two browsers, several saves and page loads each: more than the default 30 s on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

test.describe('an action, as the programme manager', () => {
  test('an overdue action found through the plan tree\u2019s filters has its timescale corrected to a future due date, and its effective rating is no longer Red', async ({ page }) => {
    const overdue = (await demoActions(page.request, { overdue: true })).find((action) => action.referenceCode === overdueAction);
    expect(overdue, `${overdueAction} is overdue as of today`).toBeDefined();

    // The programme manager's way in: the plan tree, filtered to what is overdue today, then the action's link.
    const tree = new PlanTreePage(page);
    await tree.goto(await demoPlanId(page.request));
    await tree.waitForTree();
    await tree.checkbox('Overdue').check();
    await tree.apply();
    await expect(page).toHaveURL(/[?&]overdue=true/);
    await tree.waitForTree();
    await tree.actionRow(overdueAction).getByRole('link').first().click();

    const actionPage = new ActionPage(page);
    await expect(page).toHaveURL(new RegExp(`/actions/${overdue!.id}`));
    await expect(actionPage.rating('Effective')).toHaveText('Effective rating: Red');
    await expect(actionPage.rating('Derived')).toHaveText('Derived rating: Red');
    await expect(page.getByRole('region', { name: 'Derived', exact: true })).toContainText('Overdue since');

    await actionPage.correctTimescaleLink.click();
    const form = new CorrectTimescalePage(page);
    await expect(form.heading).toBeVisible();
    await expect(page.getByText('March 2020', { exact: true })).toBeVisible();
    await expect(form.kind('By a date')).toBeChecked();
    await form.fillDate('Due date', 31, 3, nextYear);
    await form.submit.click();

    await expect(actionPage.successBanner).toContainText('Timescale corrected');
    await expect(page).toHaveURL(new RegExp(`/actions/${overdue!.id}$`));
    await expect(actionPage.rating('Effective')).toHaveText(/^Effective rating: (?!Red)\S/); // a rating is shown, and it is no longer Red
    await expect(actionPage.rating('Derived')).toHaveText(/^Derived rating: (?!Red)\S/);
    await expect(page.getByRole('definition').filter({ hasText: `31 March ${nextYear}` }).first()).toBeVisible();
    await page.getByText(/^Show the \d+ recorded changes?$/).click();
    await expect(page.getByRole('rowheader', { name: 'Due date', exact: true }).first()).toBeVisible();
  });

  test('two programme managers correct the same timescale: the second sees what the first changed, and saves again over it', async ({ page, browser }) => {
    const actionId = await demoActionId(page.request, conflictAction);
    const other = await browser.newContext({ storageState: programmeManagerStorageState });
    try {
      const otherPage = await other.newPage();
      const first = new CorrectTimescalePage(otherPage);
      const second = new CorrectTimescalePage(page);
      await first.goto(actionId);
      await second.goto(actionId);

      // A day that differs from what is stored, so the first save changes the due date even when run again.
      const storedDay = await page.getByRole('group', { name: 'Due date', exact: true }).getByLabel('Day').inputValue();
      const firstDay = storedDay === '15' ? 16 : 15;
      await first.fillDate('Due date', firstDay, 6, nextYear);
      await first.submit.click();
      await expect(new ActionPage(otherPage).successBanner).toContainText('Timescale corrected');

      await second.fillDate('Due date', 30, 9, nextYear);
      await second.submit.click();

      await expect(second.conflictPanel).toBeVisible();
      await expect(second.conflictPanel).toBeFocused();
      const dueRow = second.conflictPanel.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Due date' }) });
      await expect(dueRow).toContainText(`${firstDay} June ${nextYear}`);
      await expect(dueRow).toContainText(`30 September ${nextYear}`);
      await expect(page).toHaveTitle(/^Error: Correct the timescale/);

      await second.saveAgain.click();

      const actionPage = new ActionPage(page);
      await expect(actionPage.successBanner).toContainText('Timescale corrected');
      await expect(page.getByRole('definition').filter({ hasText: `30 September ${nextYear}` }).first()).toBeVisible();
    } finally {
      await other.close();
    }
  });
});

test.describe('an action, as the lead', () => {
  test.use({ storageState: leadStorageState });

  test('the lead posts an update rated differently from the derived rating, gives the reason asked for, and sees it on the timeline', async ({ page }) => {
    const actionId = await demoActionId(page.request, leadsOwnAction);
    const actionPage = new ActionPage(page);
    await actionPage.goto(actionId);
    await expect(actionPage.editLink).toHaveCount(0);
    await expect(actionPage.correctTimescaleLink).toHaveCount(0);
    await actionPage.postUpdateLink.click();

    const form = new ProgressUpdatePage(page);
    await expect(form.heading).toBeVisible();
    const derived = (await form.derivedRating.textContent())?.replace('Derived rating:', '').trim();
    expect(['Green', 'Amber', 'Red']).toContain(derived);
    const different = derived === 'Amber' ? 'Green' : 'Amber';

    await form.status('In progress').check();
    await form.rating(derived!).check();
    await expect(form.justification).toHaveCount(0);
    await form.rating(different).check();
    await expect(form.justification).toBeVisible();

    const note = `Partners met on ${new Date().toISOString()}`;
    await form.justification.fill('Funding for the partner workshop is confirmed.');
    await form.note.fill(note);
    await form.evidenceLinks.fill('https://example.org/asb-minutes.pdf');
    await form.submit.click();

    await expect(actionPage.successBanner).toContainText('Progress update posted');
    const entry = actionPage.timelineEntry(note);
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(`by ${demoUsers.lead.email}`);
    await expect(entry).toContainText('Funding for the partner workshop is confirmed.');
    await expect(entry.locator('.govuk-tag').filter({ hasText: different })).toHaveCount(1);
    await expect(entry.getByRole('link', { name: /asb-minutes\.pdf/ })).toHaveAttribute('href', 'https://example.org/asb-minutes.pdf');
    await expect(actionPage.rating('Reported')).toHaveText(`Reported rating: ${different}`);
  });

  test('on an action the lead does not lead there is no update control, and the form\u2019s address refuses', async ({ page }) => {
    const actionId = await demoActionId(page.request, notLeadsAction);
    const actionPage = new ActionPage(page);
    await actionPage.goto(actionId);
    await expect(actionPage.heading).toBeVisible();
    await expect(actionPage.postUpdateLink).toHaveCount(0);
    await expect(actionPage.editLink).toHaveCount(0);

    await new ProgressUpdatePage(page).goto(actionId);
    await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
    await expect(page.getByText(`You can post progress updates only on actions you lead; ${notLeadsAction} is led by others.`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Post update' })).toHaveCount(0);
  });
});
