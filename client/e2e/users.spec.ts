import { expect, test } from '@playwright/test';

import { administratorStorageState, demoUsers } from './demo-users';
import { UsersPage } from './pages/users-page';

test.describe('users, as the administrator', () => {
  test.use({ storageState: administratorStorageState });

  test('the users page lists the demo users with their roles and status', async ({ page }) => {
    const users = new UsersPage(page);
    await users.goto();
    await expect(page).toHaveTitle('Users – Delivery Tracker');

    const admin = users.row(demoUsers.administrator.displayName);
    await expect(admin).toContainText(demoUsers.administrator.email);
    await expect(admin).toContainText('Administrator');
    await expect(admin.getByText('Active', { exact: true })).toBeVisible();
    await expect(users.row(demoUsers.programmeManager.displayName)).toContainText('Programme manager');
  });
});

test('the programme manager is told they do not have permission to see the users page', async ({ page }) => {
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
});
