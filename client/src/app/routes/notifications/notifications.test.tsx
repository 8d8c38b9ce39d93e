import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { NotificationDto } from '@/api/delivery-tracker-client';
import { NotificationsRoute } from '@/app/routes/notifications/notifications';
import { paths } from '@/config/paths';
import { NotificationsLink } from '@/features/notifications/components/notifications-link';
import { installFakeApi, problem } from '@/testing/fake-api';
import { notification, notificationItem } from '@/testing/notification-fixtures';
import { renderRoute, testUsers } from '@/testing/render-route';

const slow = { timeout: 15_000 };

const digest = notification({
  id: 'n-2',
  subject: '3 actions need an update',
  createdAt: '2020-04-01T06:05:00Z',
  items: [
    notificationItem({ reminderId: 'r-1', actionId: 'a-1', referenceCode: 'SYV-1.1', daysOverdue: 31 }),
    notificationItem({ reminderId: 'r-2', actionId: 'a-2', referenceCode: 'SYV-2.1', kind: 'DueSoon', dueOn: '2020-04-10', daysOverdue: 0 }),
    notificationItem({ reminderId: 'r-3', actionId: 'a-3', referenceCode: 'CCTV-1.1', daysOverdue: 5, state: 'Withdrawn' }),
  ],
});
const older = notification({ id: 'n-1', subject: 'Welcome', body: 'You can now post updates.\nSecond line.', createdAt: '2020-03-01T09:00:00Z', readAt: '2020-03-02T09:00:00Z' });

/** The notifications endpoints over an in-memory list, newest first, with read state the page can change. */
function fakeNotifications(initial: NotificationDto[]) {
  const notifications = initial.map((item) => ({ ...item }));
  const unread = () => notifications.filter((item) => !item.readAt).length;
  const fetchMock = installFakeApi({
    'GET /api/v1/notifications': ({ query }) => {
      const limit = Number(query.get('limit'));
      const start = query.get('cursor') ? Number(query.get('cursor')) : 0;
      const items = notifications.slice(start, start + limit);
      return { items, nextCursor: start + limit < notifications.length ? String(start + limit) : null };
    },
    'GET /api/v1/notifications/unread-count': () => ({ count: unread() }),
    'POST /api/v1/notifications/:id/read': ({ params }) => {
      const found = notifications.find((item) => item.id === params.id);
      if (!found) return problem(404, { title: 'Not Found' });
      found.readAt ??= '2020-04-01T08:00:00Z';
      return undefined;
    },
    'POST /api/v1/notifications/read-all': () => {
      notifications.forEach((item) => (item.readAt ??= '2020-04-01T08:00:00Z'));
      return undefined;
    },
  });
  return fetchMock;
}

function renderPage() {
  return renderRoute({
    path: paths.notifications.list.path,
    element: (
      <>
        <ul>
          <NotificationsLink />
        </ul>
        <NotificationsRoute />
      </>
    ),
    url: paths.notifications.list.getHref(),
    user: testUsers.lead,
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the notifications page', { timeout: 60_000 }, () => {
  it('lists notifications newest first, tags the unread one and links each action of a digest', async () => {
    fakeNotifications([digest, older]);
    renderPage();

    const cards = await screen.findAllByRole('region', {}, slow).then((regions) => regions.filter((region) => region.classList.contains('govuk-summary-card')));
    expect(cards.map((card) => within(card).getByRole('heading', { level: 2 }).textContent)).toEqual(['Unread 3 actions need an update', 'Welcome']);
    const first = cards[0] as HTMLElement;
    expect(within(first).getByRole('link', { name: 'SYV-1.1' }).getAttribute('href')).toBe('/actions/a-1');
    expect(within(first).getByText('Overdue by 31 days (due 1 March 2020)')).toBeTruthy();
    expect(within(first).getByText('Due on 10 April 2020')).toBeTruthy();
    expect(within(first).getByText('completed or cancelled since')).toBeTruthy();
    expect(within(first).getByText('Sent 1 April 2020 at 7:05am')).toBeTruthy();
    // A message that is not a digest shows its text, and one already read offers no button.
    expect(within(cards[1] as HTMLElement).getByText(/You can now post updates\./)).toBeTruthy();
    expect(within(cards[1] as HTMLElement).queryByRole('button')).toBeNull();
    expect(screen.getByRole('link', { name: 'Change whether reminders are also emailed to you' }).getAttribute('href')).toBe('/account');
  });

  it('marks one notification read, and the header’s count follows', async () => {
    const fetchMock = fakeNotifications([digest, notification({ id: 'n-3', subject: 'Another' }), older]);
    renderPage();
    const user = userEvent.setup();

    expect(await screen.findByRole('link', { name: 'Notifications, 2 unread' }, slow)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Mark as read: 3 actions need an update' }));

    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' }, slow)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark as read: 3 actions need an update' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: '3 actions need an update' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: '3 actions need an update' })));
    const posts = fetchMock.mock.calls.filter(([, init]) => init?.method === 'POST').map(([input]) => String(input));
    expect(posts).toEqual(['/api/v1/notifications/n-2/read']);
  });

  it('marks all as read, says so, and the count badge goes', async () => {
    fakeNotifications([digest, notification({ id: 'n-3', subject: 'Another' })]);
    renderPage();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Mark all as read' }, slow));

    expect(await screen.findByText('All your notifications are marked as read', {}, slow)).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('link', { name: 'Notifications' })).toBeTruthy(), slow);
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
    expect(screen.queryByText('Unread')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Notifications' }));
  });

  it('loads older notifications on request', async () => {
    const many = Array.from({ length: 25 }, (_, index) => notification({ id: `n-${index}`, subject: `Message ${index}`, readAt: '2020-04-02T00:00:00Z' }));
    fakeNotifications(many);
    renderPage();
    const user = userEvent.setup();

    await screen.findByRole('heading', { name: 'Message 19' }, slow);
    expect(screen.queryByRole('heading', { name: 'Message 20' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show older notifications' }));

    expect(await screen.findByRole('heading', { name: 'Message 24' }, slow)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show older notifications' })).toBeNull();
  });

  it('says when there are none', async () => {
    fakeNotifications([]);
    renderPage();

    expect(await screen.findByText('You have no notifications.', {}, slow)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Notifications' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
  });

  it('shows the API’s problem when the list cannot be read', async () => {
    // A 4xx, which the app does not retry, so the page shows it at once.
    const refused = () => problem(429, { title: 'Too Many Requests', detail: 'Too many requests. Try again in a minute.' });
    installFakeApi({ 'GET /api/v1/notifications': refused, 'GET /api/v1/notifications/unread-count': refused });
    renderPage();

    expect(await screen.findByText('Sorry, there is a problem with the service', {}, slow)).toBeTruthy();
    expect(screen.getByText('Too many requests. Try again in a minute.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Notifications' })).toBeTruthy();
  });
});
