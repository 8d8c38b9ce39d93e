import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { CurrentUserDto, PlanSummaryDto, ReminderDto } from '@/api/delivery-tracker-client';
import { RemindersLogRoute } from '@/app/routes/reminders/reminders-log';
import { paths } from '@/config/paths';
import { installFakeApi, problem } from '@/testing/fake-api';
import { reminder } from '@/testing/notification-fixtures';
import { renderRoute, testUsers } from '@/testing/render-route';

const slow = { timeout: 15_000 };

const plans: PlanSummaryDto[] = [
  { id: 'plan-1', title: 'Building Safer Communities', periodStart: '2019-04-01', periodEnd: '2022-03-31', status: 'Active', ragScale: 'ThreePoint', themeCount: 1, actionCount: 2, updatedAt: '2026-01-01T00:00:00Z' },
  { id: 'plan-2', title: 'Safer Streets', periodStart: '2020-04-01', periodEnd: '2023-03-31', status: 'Draft', ragScale: 'ThreePoint', themeCount: 1, actionCount: 1, updatedAt: '2026-01-01T00:00:00Z' },
];

const leads = [
  { id: 'lead-1', name: 'Natasha Bishopp', kind: 'Person', organisationId: undefined, organisationName: undefined, email: undefined, userId: undefined, openActionCount: 1, overdueActionCount: 1, updatedAt: '2026-01-01T00:00:00Z', etag: '"1"' },
  { id: 'lead-2', name: 'Police', kind: 'Organisation', organisationId: undefined, organisationName: undefined, email: 'police@example.org', userId: undefined, openActionCount: 1, overdueActionCount: 0, updatedAt: '2026-01-01T00:00:00Z', etag: '"1"' },
];

const log: ReminderDto[] = [
  reminder({ id: 'rem-3', referenceCode: 'CCTV-1.1', actionId: 'a-3', kind: 'Escalation', leadId: undefined, userId: 'u-pm', recipientName: 'Pat Manager', daysOverdue: 30, state: 'Pending', deliveredAt: undefined, deliveredVia: [] }),
  reminder({ id: 'rem-2', referenceCode: 'SYV-2.1', actionId: 'a-2', leadId: 'lead-2', recipientName: 'Police', kind: 'DueSoon', dueOn: '2020-04-10', daysOverdue: 0, state: 'Failed', deliveredAt: undefined, deliveredVia: [], lastFailure: 'SMTP: connection refused', lastFailureAt: '2020-04-01T06:02:00Z' }),
  reminder({ id: 'rem-1' }),
];

function renderLog(url: string, user: CurrentUserDto = testUsers.programmeManager, reminders: ReminderDto[] = log) {
  const fetchMock = installFakeApi({
    'GET /api/v1/plans': () => ({ items: plans, nextCursor: null }),
    'GET /api/v1/leads': () => ({ items: leads, nextCursor: null }),
    'GET /api/v1/reminders': ({ query }) => ({
      items: reminders
        .filter((item) => !query.get('planId') || item.planId === query.get('planId'))
        .filter((item) => !query.get('leadId') || item.leadId === query.get('leadId'))
        .filter((item) => !query.get('kind') || item.kind === query.get('kind'))
        .filter((item) => !query.get('state') || item.state === query.get('state')),
      nextCursor: null,
    }),
  });
  const rendered = renderRoute({ path: paths.reminders.log.path, element: <RemindersLogRoute />, url, user });
  return { fetchMock, ...rendered };
}

function reminderQueries(fetchMock: ReturnType<typeof installFakeApi>): string[] {
  return fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === '/api/v1/reminders')
    .map((url) => url.searchParams.toString());
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the reminders log', { timeout: 60_000 }, () => {
  it('lists reminders newest first with action, recipient, reason and delivery in words', async () => {
    renderLog(paths.reminders.log.getHref());

    const table = await screen.findByRole('table', { name: 'Reminders' }, slow);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['CCTV-1.1', 'SYV-2.1', 'SYV-1.1']);
    expect(within(rows[0] as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Pat Manager',
      'EscalatedOverdue by 30 days (due 1 March 2020)',
      '1 April 2020 at 7:00am',
      'Waiting to send',
    ]);
    expect(within(rows[1] as HTMLElement).getAllByRole('cell')[3]!.textContent).toBe('Failed, will retryLast failure on 1 April 2020 at 7:02am: SMTP: connection refused');
    expect(within(rows[2] as HTMLElement).getAllByRole('cell')[3]!.textContent).toBe('DeliveredSent in the service and by email on 1 April 2020 at 7:01am');
    expect(within(rows[2] as HTMLElement).getByRole('link', { name: 'SYV-1.1' }).getAttribute('href')).toBe('/actions/a-1');
  });

  it('puts the chosen filters in the address and asks the API for them', async () => {
    const { fetchMock, router } = renderLog(paths.reminders.log.getHref());
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText('Plan', {}, slow), 'Building Safer Communities');
    await user.selectOptions(screen.getByLabelText('Lead'), 'Police');
    await user.selectOptions(screen.getByLabelText('Why'), 'Due soon');
    await user.selectOptions(screen.getByLabelText('Delivery'), 'Failed, will retry');
    await user.click(screen.getByRole('button', { name: 'Show reminders' }));

    await waitFor(() => expect(router.state.location.search).toBe('?planId=plan-1&leadId=lead-2&kind=DueSoon&state=Failed'), slow);
    await waitFor(() => expect(reminderQueries(fetchMock)).toContain('planId=plan-1&leadId=lead-2&kind=DueSoon&state=Failed&limit=50'), slow);
    const table = await screen.findByRole('table', { name: 'Reminders' }, slow);
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getByRole('link').textContent)).toEqual(['SYV-2.1']);
    // The form shows the filters it came from.
    expect((screen.getByLabelText('Why') as HTMLSelectElement).value).toBe('DueSoon');
  });

  it('reads filters from the address, ignoring a kind the API does not know', async () => {
    const { fetchMock } = renderLog('/reminders?state=Delivered&kind=Nagging');

    const table = await screen.findByRole('table', { name: 'Reminders' }, slow);
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(reminderQueries(fetchMock)).toEqual(['state=Delivered&limit=50']);
  });

  it('says when no reminder matches', async () => {
    renderLog('/reminders?kind=BoardUpdateRequest');

    expect(await screen.findByText(/^No reminders match\./, {}, slow)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the API’s problem when the log cannot be read', async () => {
    installFakeApi({
      'GET /api/v1/plans': () => ({ items: plans, nextCursor: null }),
      'GET /api/v1/leads': () => ({ items: leads, nextCursor: null }),
      'GET /api/v1/reminders': () => problem(400, { title: 'Bad Request', detail: 'The cursor is not one this list issued.' }),
    });
    renderRoute({ path: paths.reminders.log.path, element: <RemindersLogRoute />, url: '/reminders' });

    expect(await screen.findByText('The cursor is not one this list issued.', {}, slow)).toBeTruthy();
  });

  it('runs the scan for a programme manager, says what it recorded and reloads the log', async () => {
    const reminders = [...log];
    const scan = vi.fn(() => {
      reminders.unshift(reminder({ id: 'rem-4', referenceCode: 'SYV-3.1', actionId: 'a-4', state: 'Pending', deliveredAt: undefined, deliveredVia: [] }));
      return { scanDate: '2020-04-01', reminders: 3, dueSoon: 1, overdue: 2, escalation: 0, boardUpdateRequest: 0, unassigned: 0, digests: 2 };
    });
    installFakeApi({
      'GET /api/v1/plans': () => ({ items: plans, nextCursor: null }),
      'GET /api/v1/leads': () => ({ items: leads, nextCursor: null }),
      'GET /api/v1/reminders': () => ({ items: reminders, nextCursor: null }),
      'POST /api/v1/reminders/scan': scan,
    });
    renderRoute({ path: paths.reminders.log.path, element: <RemindersLogRoute />, url: '/reminders' });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Run the reminder scan now' }, slow));

    const banner = await screen.findByRole('alert', {}, slow);
    expect(within(banner).getByText('The scan for 1 April 2020 recorded 3 new reminders')).toBeTruthy();
    expect(within(banner).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['2 overdue', '1 due soon']);
    expect(within(banner).getByText('2 messages are being sent, one to each person reminded.')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'SYV-3.1' }, slow)).toBeTruthy();
    expect(scan).toHaveBeenCalledTimes(1);
  });

  it('says when a scan found nothing new', async () => {
    installFakeApi({
      'GET /api/v1/plans': () => ({ items: plans, nextCursor: null }),
      'GET /api/v1/leads': () => ({ items: leads, nextCursor: null }),
      'GET /api/v1/reminders': () => ({ items: [], nextCursor: null }),
      'POST /api/v1/reminders/scan': () => ({ scanDate: '2020-04-01', reminders: 0, dueSoon: 0, overdue: 0, escalation: 0, boardUpdateRequest: 0, unassigned: 0, digests: 0 }),
    });
    renderRoute({ path: paths.reminders.log.path, element: <RemindersLogRoute />, url: '/reminders' });
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Run the reminder scan now' }, slow));

    expect(await screen.findByText('The scan for 1 April 2020 found no new reminders to send', {}, slow)).toBeTruthy();
    expect(screen.getByText('Reminders already sent are not sent again.')).toBeTruthy();
  });

  it('is open to administrators and closed to leads, without asking the API for reminders', async () => {
    renderLog('/reminders', testUsers.administrator);
    expect(await screen.findByRole('table', { name: 'Reminders' }, slow)).toBeTruthy();
    // Running the scan is a programme manager's (the API's edit-plans policy).
    expect(screen.queryByRole('button', { name: 'Run the reminder scan now' })).toBeNull();
    document.body.innerHTML = '';

    const { fetchMock } = renderLog('/reminders', testUsers.lead);
    expect(await screen.findByRole('heading', { name: 'You do not have permission to see this page' }, slow)).toBeTruthy();
    expect(reminderQueries(fetchMock)).toEqual([]);
  });
});
