import { expect, test } from '@playwright/test';

import { wcagViolations } from './accessibility';
import { apiGet, apiPost } from './api-session';
import { leadStorageState, viewerStorageState, administratorStorageState } from './demo-users';
import { NotificationsPage } from './pages/notifications-page';
import { RemindersPage } from './pages/reminders-page';

type UnreadCount = { count: number };
type NotificationPage = { items: { id: string; subject: string; readAt?: string | null }[] };

// The demo plan runs 2019–2022, so today every open action of it is overdue: a scan records overdue reminders (and
// escalations) the first time it runs, and nothing new after that. Delivery turns digests into notifications; until it
// has run, the lead's notifications page is empty, which the lead's tests accept and check either way.
test.describe('Reminders and notifications', () => {
  test.setTimeout(120_000);

  test.describe('as a programme manager', () => {
    test('runs the scan from the reminders log, sees what it recorded and filters the log, with no axe violations', async ({ page }) => {
      const reminders = new RemindersPage(page);
      await page.goto('/');
      await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Reminders' }).click();
      await expect(reminders.heading).toHaveText('Reminders');
      await expect(page).toHaveTitle('Reminders – Delivery Tracker');
      expect(await wcagViolations(page)).toEqual([]);

      await reminders.scanButton.click();
      await expect(reminders.successBanner).toContainText(/The scan for \d+ \w+ \d{4} (recorded \d+ new reminders?|found no new reminders to send)/);
      await expect(reminders.table).toBeVisible();
      const logged = await apiGet<{ items: { kind: string }[] }>(page, '/api/v1/reminders?kind=Overdue&limit=1');
      expect(logged.items, 'the scan recorded overdue reminders for the demo plan').toHaveLength(1);
      expect(await wcagViolations(page)).toEqual([]);

      await reminders.filter({ Why: 'Overdue', Delivery: 'Any state' });
      await expect(page).toHaveURL(/\/reminders\?kind=Overdue$/);
      await expect.poll(async () => new Set(await reminders.kinds())).toEqual(new Set(['Overdue']));

      await reminders.filter({ Why: 'Update for the board' });
      await expect(reminders.empty.or(reminders.table)).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });

    test('a second scan the same day records nothing new', async ({ page }) => {
      await apiPost(page, '/api/v1/reminders/scan', {});
      const again = await apiPost<{ reminders: number; digests: number }>(page, '/api/v1/reminders/scan', {});
      expect(again).toMatchObject({ reminders: 0, digests: 0 });

      const reminders = new RemindersPage(page);
      await reminders.goto();
      await reminders.scanButton.click();
      await expect(reminders.successBanner).toContainText('found no new reminders to send');
    });
  });

  test.describe('as an administrator', () => {
    test.use({ storageState: administratorStorageState });

    test('reads the log but has no scan button', async ({ page }) => {
      const reminders = new RemindersPage(page);
      await reminders.goto();
      await expect(reminders.heading).toHaveText('Reminders');
      await expect(reminders.table.or(reminders.empty)).toBeVisible();
      await expect(reminders.scanButton).toHaveCount(0);
    });
  });

  test.describe('as a lead', () => {
    test.use({ storageState: leadStorageState });

    test('the header says how many notifications are unread and the page lists them, with no axe violations', async ({ page }) => {
      const notifications = new NotificationsPage(page);
      await page.goto('/');
      const { count } = await apiGet<UnreadCount>(page, '/api/v1/notifications/unread-count');
      await expect(notifications.headerLink).toHaveAccessibleName(count > 0 ? `Notifications, ${count} unread` : 'Notifications');
      await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Reminders' })).toHaveCount(0);

      await notifications.headerLink.click();
      await expect(notifications.heading).toHaveText('Notifications');
      const listed = await apiGet<NotificationPage>(page, '/api/v1/notifications?limit=20');
      if (listed.items.length === 0) {
        await expect(notifications.empty).toBeVisible();
      } else {
        await expect(notifications.cards).toHaveCount(listed.items.length);
      }
      expect(await wcagViolations(page)).toEqual([]);

      if (count > 0) {
        await notifications.markAllButton.click();
        await expect(notifications.headerLink).toHaveAccessibleName('Notifications');
        await expect(page.getByText('All your notifications are marked as read')).toBeVisible();
        expect(await wcagViolations(page)).toEqual([]);
      }
    });

    test('turns email reminders off and on again from the account page, with no axe violations', async ({ page }) => {
      const notifications = new NotificationsPage(page);
      await notifications.goto();
      await notifications.settingsLink.click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
      const question = page.getByRole('group', { name: 'Email me reminders' });
      expect(await wcagViolations(page)).toEqual([]);

      await question.getByLabel('No').check();
      await page.getByRole('button', { name: 'Save notification settings' }).click();
      await expect(page.getByText('Your notification settings have been saved')).toBeVisible();
      expect(await apiGet<{ emailReminders: boolean }>(page, '/api/v1/me/preferences')).toEqual({ emailReminders: false });
      expect(await wcagViolations(page)).toEqual([]);

      await question.getByLabel('Yes').check();
      await page.getByRole('button', { name: 'Save notification settings' }).click();
      await expect(page.getByText('Reminders will be emailed to you as well.')).toBeVisible();
      expect(await apiGet<{ emailReminders: boolean }>(page, '/api/v1/me/preferences')).toEqual({ emailReminders: true });
    });

    test('the notifications page when the list cannot be read shows the problem, with no axe violations', async ({ page }) => {
      await page.route('**/api/v1/notifications?*', (route) =>
        route.fulfill({ status: 429, contentType: 'application/problem+json', body: JSON.stringify({ status: 429, title: 'Too Many Requests', detail: 'Too many requests. Try again in a minute.' }) }),
      );
      const notifications = new NotificationsPage(page);
      await notifications.goto();
      await expect(page.getByText('Sorry, there is a problem with the service')).toBeVisible();
      await expect(page.getByText('Too many requests. Try again in a minute.')).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });

  test.describe('as a viewer', () => {
    test.use({ storageState: viewerStorageState });

    test('the reminders log says "You do not have permission", with no axe violations', async ({ page }) => {
      await page.goto('/reminders');
      await expect(page.getByRole('heading', { level: 1, name: 'You do not have permission to see this page' })).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  });
});
