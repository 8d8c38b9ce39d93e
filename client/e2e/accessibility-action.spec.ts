import { expect, test } from '@playwright/test';

import { wcagViolations } from './accessibility';
import { demoActionId } from './demo-actions';
import { programmeManagerStorageState } from './demo-users';
import { ActionPage } from './pages/action-page';
import { CorrectTimescalePage } from './pages/correct-timescale-page';
import { ProgressUpdatePage } from './pages/progress-update-page';

// Actions used by no other test: ASB-3.2 is only read (its forms are submitted with errors the API refuses, so
// nothing is saved); VAWG-6.2's timescale is corrected twice to make the conflict panel appear.
const readOnlyAction = 'ASB-3.2';
const conflictAction = 'VAWG-6.2';

// axe takes many seconds per page on a shared two-core machine, and most tests here run it twice.
test.describe.configure({ timeout: 120_000 });

test.describe('accessibility of the action pages', () => {
  test('the action page has no WCAG 2.2 AA violations, with its change history open', async ({ page }) => {
    const actionPage = new ActionPage(page);
    await actionPage.goto(await demoActionId(page.request, readOnlyAction));
    await page.getByRole('heading', { level: 2, name: 'Progress updates' }).waitFor();
    await expect(page.getByText('Loading', { exact: false })).toHaveCount(0);
    const history = page.getByText(/^Show the \d+ recorded changes?$/);
    if ((await history.count()) > 0) await history.click();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('an unknown action has no violations', async ({ page }) => {
    await page.goto('/actions/00000000-0000-0000-0000-000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Action not found' })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the progress update form, with the justification revealed and the API\u2019s errors, has no violations', async ({ page }) => {
    const form = new ProgressUpdatePage(page);
    await form.goto(await demoActionId(page.request, readOnlyAction));
    await expect(form.heading).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);

    const derived = (await form.derivedRating.textContent())?.replace('Derived rating:', '').trim();
    await form.rating(derived === 'Red' ? 'Green' : 'Red').check();
    await form.evidenceLinks.fill('not a web address');
    await form.submit.click();

    await expect(form.errorSummary).toBeFocused();
    await expect(form.errorSummary.getByRole('link', { name: /Evidence link 1/ })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the timescale form with the API\u2019s errors has no violations', async ({ page }) => {
    const form = new CorrectTimescalePage(page);
    await form.goto(await demoActionId(page.request, readOnlyAction));
    expect(await wcagViolations(page)).toEqual([]);

    await form.kind('Between two dates').check();
    await form.clearDate('Start date');
    await form.submit.click();

    await expect(form.errorSummary).toBeFocused();
    await expect(form.errorSummary.getByRole('link', { name: /start date/ })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the conflict panel has no violations', async ({ page, browser }) => {
    const actionId = await demoActionId(page.request, conflictAction);
    const other = await browser.newContext({ storageState: programmeManagerStorageState });
    try {
      const first = new CorrectTimescalePage(await other.newPage());
      const second = new CorrectTimescalePage(page);
      await first.goto(actionId);
      await second.goto(actionId);
      const year = new Date().getFullYear() + 1;
      await first.kind('By a date').check();
      await first.fillDate('Due date', 31, 1, year);
      await first.submit.click();
      await expect(first.heading).toHaveCount(0);

      await second.kind('By a date').check();
      await second.fillDate('Due date', 28, 2, year);
      await second.submit.click();

      await expect(second.conflictPanel).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
