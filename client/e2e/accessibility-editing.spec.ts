import { expect, test, type Page } from '@playwright/test';

import { wcagViolations } from './accessibility';
import { createAction, createObjective, createPlan, createTheme } from './editing-api';
import { PlanStructurePage } from './pages/plan-structure-page';

/** A plan of this spec's own with one theme, objective and action, so every editing page has something to show. */
async function planWithOneOfEach(page: Page) {
  const plan = await createPlan(page, `E2E accessibility editing ${Date.now()}`);
  const theme = await createTheme(page, plan.id, 'AX', 'Accessibility theme');
  const objective = await createObjective(page, theme.id, 'An objective to check');
  const action = await createAction(page, objective.id, 'An action to check');
  return { plan, theme, objective, action };
}

/** Submits the form as it is and waits for the error summary the API's problem gives. */
async function submitExpectingErrors(page: Page, button: string) {
  await page.getByRole('button', { name: button }).click();
  await expect(page.locator('.govuk-error-summary')).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
}

test.describe('WCAG 2.2 AA (axe-core): editing the plan', () => {
  // axe walks every node; on a busy 2-core machine each check takes seconds.
  test.setTimeout(180_000);

  test('the structure page, its empty state and the delete step have no violations', async ({ page }) => {
    const { plan, theme, action } = await planWithOneOfEach(page);
    const structure = new PlanStructurePage(page);
    await structure.goto(plan.id);
    await expect(structure.control('Edit action AX-1.1')).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);

    // The delete step, both ways: blocked by dependents, and the "Are you sure" with its warning button.
    await page.goto(`/plans/${plan.id}/edit?delete=theme&id=${theme.id}`);
    await expect(page.getByText('You cannot delete this theme while it has 1 objective.', { exact: false })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
    await page.goto(`/plans/${plan.id}/edit?delete=action&id=${action.id}`);
    await expect(page.getByRole('button', { name: 'Delete action' })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);

    const empty = await createPlan(page, `E2E accessibility empty ${Date.now()}`);
    await structure.goto(empty.id);
    await expect(page.getByText('The plan has no themes yet.')).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the theme and objective forms, empty and with errors, have no violations', async ({ page }) => {
    const { plan, theme, objective } = await planWithOneOfEach(page);

    await page.goto(`/plans/${plan.id}/themes/new`);
    await expect(page.getByRole('heading', { level: 1, name: 'Add a theme' })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
    await submitExpectingErrors(page, 'Add theme');
    expect(await wcagViolations(page)).toEqual([]);

    await page.goto(`/themes/${theme.id}/edit`);
    await page.getByLabel('Code').fill('not a code');
    await submitExpectingErrors(page, 'Save theme');
    expect(await wcagViolations(page)).toEqual([]);

    await page.goto(`/themes/${theme.id}/objectives/new`);
    await expect(page.getByRole('heading', { level: 1, name: 'Add an objective' })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
    await submitExpectingErrors(page, 'Add objective');
    expect(await wcagViolations(page)).toEqual([]);

    await page.goto(`/objectives/${objective.id}/edit`);
    await page.getByLabel('Objective').fill('');
    await submitExpectingErrors(page, 'Save objective');
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the action forms, empty and with errors, have no violations', async ({ page }) => {
    const { objective, action } = await planWithOneOfEach(page);

    await page.goto(`/objectives/${objective.id}/actions/new`);
    await expect(page.getByLabel('Primary lead')).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
    await submitExpectingErrors(page, 'Add action');
    expect(await wcagViolations(page)).toEqual([]);

    await page.goto(`/actions/${action.id}/edit`);
    await expect(page.getByLabel('Lead to be agreed')).toBeChecked();
    await page.getByLabel('Reference').fill('not a reference');
    await submitExpectingErrors(page, 'Save action');
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('the plan settings page, with a board meeting and with errors, has no violations', async ({ page }) => {
    const { plan } = await planWithOneOfEach(page);

    await page.goto(`/plans/${plan.id}/settings`);
    await page.getByRole('button', { name: 'Add a board meeting' }).click();
    expect(await wcagViolations(page)).toEqual([]);

    const meeting = page.getByRole('group', { name: 'Board meeting 1' });
    await meeting.getByLabel('Day').fill('31');
    await meeting.getByLabel('Month').fill('2');
    await meeting.getByLabel('Year').fill('2025');
    await page.getByLabel('Due soon (days)').fill('0');
    await submitExpectingErrors(page, 'Save settings');
    expect(await wcagViolations(page)).toEqual([]);
  });
});
