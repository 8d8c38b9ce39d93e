import { expect, test } from '@playwright/test';

import { administratorStorageState } from './demo-users';
import { LeadFormPage, LeadsPage } from './pages/leads-page';
import { UsersPage } from './pages/users-page';
import { UserPage } from './pages/user-page';
import { createUser } from './people-api';

// Every test makes its own leads and users (names stamped with the time), so nothing another test reads changes.
test.describe('leads, as the programme manager', () => {
  test('adds a person belonging to a new organisation, sees them on the organisation\u2019s page, and edits them', async ({ page }) => {
    const stamp = Date.now();
    const organisation = `E2E Partner Trust ${stamp}`;
    const person = `E2E Outreach Worker ${stamp}`;
    const leads = new LeadsPage(page);
    const form = new LeadFormPage(page);

    await leads.goto();
    await leads.addLead.click();
    await form.name.fill(organisation);
    await form.kind('Organisation').check();
    await form.submit('Add lead');
    await expect(leads.successBanner).toContainText(`Lead “${organisation}” added`);

    await leads.addLead.click();
    await expect(page).toHaveTitle('Add a lead – Delivery Tracker');
    await form.name.fill(person);
    await form.kind('Person').check();
    await form.organisation.selectOption({ label: organisation });
    await form.email.fill(`outreach-${stamp}@example.org`);
    await form.submit('Add lead');
    await expect(leads.successBanner).toContainText(`Lead “${person}” added`);

    await leads.search(String(stamp));
    await expect(leads.row(person)).toContainText(organisation);
    await expect(leads.row(person)).toContainText('Person');

    // Who belongs to which: the organisation's page lists its people.
    await leads.row(organisation).getByRole('link', { name: organisation }).click();
    await expect(form.members.getByRole('link', { name: person })).toBeVisible();

    await form.members.getByRole('link', { name: person }).click();
    await expect(form.name).toHaveValue(person);
    await form.email.fill(`outreach.worker-${stamp}@example.org`);
    await form.submit('Save changes');
    await expect(leads.successBanner).toContainText(`Lead “${person}” updated`);
    await leads.search(String(stamp));
    await expect(leads.row(person)).toContainText(`outreach.worker-${stamp}@example.org`);
  });

  test('is told what is wrong when the form is sent incomplete', async ({ page }) => {
    const form = new LeadFormPage(page);
    await form.gotoNew();
    await form.kind('Person').check();
    await form.submit('Add lead');
    await expect(form.errorSummary.getByRole('link')).not.toHaveCount(0);
    await expect(page).toHaveTitle('Error: Add a lead – Delivery Tracker');
    await expect(form.errorSummary.getByRole('link').first()).toHaveAttribute('href', '#lead-name');
  });
});

test.describe('users, as the administrator', () => {
  test.use({ storageState: administratorStorageState });

  test('changes a new user\u2019s roles, then disables their account', async ({ page }) => {
    await page.goto('/admin/users');
    const name = `E2E Officer ${Date.now()}`;
    const created = await createUser(page, name, ['Viewer']);
    const users = new UsersPage(page);
    const user = new UserPage(page);

    await users.goto();
    await users.row(name).getByRole('link', { name }).click();
    await user.saveButton.waitFor();
    await expect(user.role('Viewer')).toBeChecked();
    await user.role('Board member').check();
    await user.role('Viewer').uncheck();
    await user.saveButton.click();

    await expect(page.locator('.govuk-notification-banner--success')).toContainText(`${name}’s account updated`);
    await expect(users.row(name)).toContainText('Board member');
    await expect(users.row(name)).not.toContainText('Viewer');

    await user.goto(created.id);
    await user.disableButton.click();
    await expect(page.getByRole('heading', { level: 1, name: `Disable ${name}’s account?` })).toBeVisible();
    await user.confirmDisableButton.click();
    await expect(page.locator('.govuk-notification-banner--success')).toContainText(`${name}’s account disabled`);
    await expect(users.row(name).getByText('Disabled', { exact: true })).toBeVisible();
  });

  test('is shown the API\u2019s message when the Lead role has no linked lead', async ({ page }) => {
    await page.goto('/admin/users');
    const created = await createUser(page, `E2E Lead-to-be ${Date.now()}`);
    const user = new UserPage(page);
    await user.goto(created.id);
    await user.role('Lead').check();
    await user.saveButton.click();
    await expect(user.errorSummary.getByRole('link', { name: /Lead role must be linked/ })).toHaveAttribute('href', '#user-lead');
    await expect(page).toHaveTitle('Error: Change user – Delivery Tracker');
  });

  test('is shown the API\u2019s refusal when removing their own Administrator role', async ({ page }) => {
    await page.goto('/admin/users');
    const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { id: string };
    const user = new UserPage(page);
    await user.goto(me.id);
    await user.role('Administrator').uncheck();
    await user.role('Viewer').check();
    await user.saveButton.click();
    await expect(user.errorSummary).toContainText('You cannot remove your own Administrator role');
    // Nothing changed: the page still offers the administrator's menu.
    await page.goto('/admin/users');
    await expect(page.getByRole('table', { name: 'Users' })).toBeVisible();
  });
});
