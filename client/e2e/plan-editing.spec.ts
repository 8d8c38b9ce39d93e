import { expect, test } from '@playwright/test';

import { createPlan, readPlan } from './editing-api';
import { PlanStructurePage } from './pages/plan-structure-page';

// Everything here happens in a plan of the test's own, made through the API: the demo plan is read by other tests.
test.describe('editing a plan, as the programme manager', () => {
  test.setTimeout(120_000);

  test('builds a plan’s structure, reorders it, edits an action, changes the settings and deletes with confirmation', async ({ page }) => {
    const plan = await createPlan(page, `E2E editing ${Date.now()}`);
    const structure = new PlanStructurePage(page);
    await structure.goto(plan.id);
    await expect(page).toHaveTitle('Plan structure – Delivery Tracker');
    await expect(page.getByText('The plan has no themes yet.')).toBeVisible();

    // Two themes, an objective and an action, through the forms.
    await structure.addTheme('EA', 'Alpha theme');
    await expect(structure.successBanner).toContainText('Theme EA added');
    await structure.addTheme('EB', 'Beta theme');
    await structure.addObjective('EA', 'Reduce harm in the borough');
    await expect(structure.successBanner).toContainText('Objective 1 added to theme EA');

    await structure.control('Add an action to objective 1 of theme EA').click();
    await expect(page).toHaveTitle('Add an action – Delivery Tracker');
    await page.getByLabel('What is to be done').fill('Run awareness sessions in schools');
    await page.getByLabel('Primary lead').selectOption({ index: 1 });
    await page.getByLabel('Timescale (as written in the plan)').fill('September 2025');
    await expect(page.getByText('Read as: due 30 September 2025')).toBeVisible();
    await page.getByRole('button', { name: 'Add action' }).click();
    await expect(structure.successBanner).toContainText('Action EA-1.1 added');
    await expect(structure.theme('EA')).toContainText('Run awareness sessions in schools');

    // Reorder by keyboard: focus stays on the moved theme, and the move is announced.
    await structure.control('Move down theme EA').focus();
    await page.keyboard.press('Enter');
    await expect(structure.moveStatus).toHaveText('Moved theme EA down');
    await expect(structure.themeHeadings.first()).toHaveText('Theme EB Beta theme');
    await expect(structure.control('Move up theme EA')).toBeFocused();

    // Edit the action.
    await structure.control('Edit action EA-1.1').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit action' })).toBeVisible();
    await page.getByLabel('What is to be done').fill('Run awareness sessions in every school');
    await page.getByRole('group', { name: 'Status' }).getByLabel('In progress').check();
    await page.getByRole('button', { name: 'Save action' }).click();
    await expect(structure.successBanner).toContainText('Action EA-1.1 saved');
    await expect(structure.theme('EA')).toContainText('Run awareness sessions in every school');

    // Settings: the 5-point scale and a board meeting.
    await page.getByRole('link', { name: 'settings' }).click();
    await page.getByLabel('5-point Delivery Confidence').check();
    await page.getByRole('button', { name: 'Add a board meeting' }).click();
    const meeting = page.getByRole('group', { name: 'Board meeting 1' });
    await expect(meeting.getByLabel('Day')).toBeFocused();
    await meeting.getByLabel('Day').fill('2');
    await meeting.getByLabel('Month').fill('6');
    await meeting.getByLabel('Year').fill('2025');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(structure.successBanner).toContainText('Plan settings saved');

    // Delete: the objective cannot go while it has an action, so the action goes first, each after an "Are you sure".
    await structure.control('Delete objective 1 of theme EA').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Are you sure you want to delete objective 1 of theme EA?' })).toBeVisible();
    await expect(page.getByText('You cannot delete this objective while it has 1 action.', { exact: false })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Delete objective' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Back to the plan structure' }).first().click();

    await structure.control('Delete action EA-1.1').click();
    await page.getByRole('button', { name: 'Delete action' }).click();
    await expect(structure.successBanner).toContainText('Action EA-1.1 deleted');

    await structure.control('Delete objective 1 of theme EA').click();
    await page.getByRole('button', { name: 'Delete objective' }).click();
    await expect(structure.successBanner).toContainText('Objective deleted from theme EA');
    await expect(structure.theme('EA')).toContainText('This theme has no objectives yet.');

    const saved = await readPlan(page, plan.id);
    expect(saved.themes.map((theme) => theme.code)).toEqual(['EB', 'EA']);
    expect(saved.themes[1]?.objectives).toEqual([]);
    expect(saved.settings.ragScale).toBe('FivePoint');
    expect(saved.settings.boardMeetings).toEqual(['2025-06-02']);
  });
});
