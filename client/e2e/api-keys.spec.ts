import { expect, test } from '@playwright/test';

import { administratorStorageState } from './demo-users';
import { ApiKeysPage } from './pages/api-keys-page';
import { PlansListPage } from './pages/plans-list-page';

test.describe('API keys, as the administrator', () => {
  test.use({ storageState: administratorStorageState });

  test('the administrator creates a key, sees it once, sees it listed as Active, and revokes it', async ({ page }) => {
    await new PlansListPage(page).goto();
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'API keys' }).click();

    const apiKeys = new ApiKeysPage(page);
    await expect(apiKeys.heading).toBeVisible();
    await expect(page).toHaveTitle('API keys – Delivery Tracker');

    const name = `E2E nightly pull ${Date.now()}`;
    await apiKeys.create(name, ['plans:read']);

    await expect(apiKeys.successBanner).toContainText('Copy this key now. You will not be able to see it again.');
    const key = (await apiKeys.createdKey.textContent())?.trim() ?? '';
    expect(key.length).toBeGreaterThan(20);

    const row = apiKeys.row(name);
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('plans:read');
    await expect(row).toContainText('Never');
    await expect(row.getByText('Active', { exact: true })).toBeVisible();
    // The table shows how the key starts, never the key itself.
    await expect(apiKeys.table).not.toContainText(key);

    await apiKeys.revokeButton(name).click();

    await expect(row.getByText('Revoked', { exact: true })).toBeVisible();
    await expect(apiKeys.revokeButton(name)).toHaveCount(0);
    await expect(page.getByText(key)).toHaveCount(0);

    // Back on the page later, the key is nowhere to be seen.
    await page.reload();
    await apiKeys.heading.waitFor();
    await expect(apiKeys.row(name).getByText('Revoked', { exact: true })).toBeVisible();
    await expect(page.getByText(key)).toHaveCount(0);
  });

  test('the API\u2019s validation messages show in the summary and beside the fields', async ({ page }) => {
    const apiKeys = new ApiKeysPage(page);
    await apiKeys.goto();

    await apiKeys.createButton.click();

    await expect(apiKeys.errorSummary).toBeFocused();
    await expect(apiKeys.errorSummary.getByRole('link')).toHaveCount(2);
    await expect(page.locator('.govuk-error-message')).toHaveCount(2);
    await expect(page).toHaveTitle('Error: API keys – Delivery Tracker');
  });
});

test.describe('API keys, as the programme manager', () => {
  test('the service navigation has no administration pages, and the API keys page says so', async ({ page }) => {
    await new PlansListPage(page).goto();
    const menu = page.getByRole('navigation', { name: 'Menu' });
    await expect(menu.getByRole('link', { name: 'Plans' })).toBeVisible();
    await expect(menu.getByRole('link', { name: 'API keys' })).toHaveCount(0);
    await expect(menu.getByRole('link', { name: 'Users' })).toHaveCount(0);

    await page.goto('/admin/api-keys');
    await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});
