import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { LeadDto, UserDto } from '@/api/delivery-tracker-client';
import { UserRoute } from '@/app/routes/admin/user';
import { paths } from '@/config/paths';
import { installFakeApi, problem } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

const slow = { timeout: 5_000 };
// Clicking through a form takes several seconds while the machine's two cores are shared.
const formTest = { timeout: 30_000 };

const sam: UserDto = {
  id: 'u-sam',
  email: 'sam@example.org',
  displayName: 'Sam Officer',
  roles: ['Viewer'],
  leadId: undefined,
  lockedOutUntil: undefined,
  disabled: false,
  createdAt: '2026-01-10T09:00:00Z',
  etag: '"1"',
};

const leads: Partial<LeadDto>[] = [
  { id: 'lead-ygt', name: 'Youth Offending Team', kind: 'Team' },
  { id: 'lead-police', name: 'Police', kind: 'Organisation' },
];

const admin = { user: testUsers.administrator };

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderUserPage() {
  return renderRoute({ path: paths.admin.user.path, element: <UserRoute />, url: paths.admin.user.getHref(sam.id), ...admin });
}

describe('an administrator changing a user', formTest, () => {
  it('sends the new roles and linked lead with PUT and If-Match, then returns to the users list with a banner', async () => {
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    installFakeApi({
      'GET /api/v1/users/:userId': () => sam,
      'GET /api/v1/leads': () => ({ items: leads, nextCursor: null }),
      'PUT /api/v1/users/:userId': ({ headers, body }) => {
        puts.push({ ifMatch: headers.get('If-Match'), body });
        return { ...sam, ...(body as object), etag: '"2"' };
      },
    });
    const user = userEvent.setup();
    const { router } = renderUserPage();

    await user.click(await screen.findByRole('checkbox', { name: 'Lead' }, slow));
    await user.click(screen.getByRole('checkbox', { name: 'Viewer' }));
    await vi.waitFor(() => expect(screen.getAllByRole('option', { name: 'Youth Offending Team' })).toHaveLength(1), slow);
    await user.selectOptions(screen.getByLabelText('Linked lead'), 'Youth Offending Team');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe(paths.admin.users.getHref()), slow);
    expect(puts).toEqual([{ ifMatch: '"1"', body: { displayName: 'Sam Officer', roles: ['Lead'], leadId: 'lead-ygt', disabled: false } }]);
    expect(router.state.location.state).toEqual({ flash: { heading: 'Sam Officer’s account updated' } });
  });

  it('shows the API\u2019s message beside the linked lead when the Lead role has none', async () => {
    installFakeApi({
      'GET /api/v1/users/:userId': () => sam,
      'GET /api/v1/leads': () => ({ items: leads, nextCursor: null }),
      'PUT /api/v1/users/:userId': () =>
        problem(400, { title: 'One or more validation errors occurred.', errors: { leadId: ['A user with the Lead role must be linked to the lead they are.'] } }),
    });
    const user = userEvent.setup();
    renderUserPage();

    await user.click(await screen.findByRole('checkbox', { name: 'Lead' }, slow));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getByRole('link', { name: 'A user with the Lead role must be linked to the lead they are.' }).getAttribute('href')).toBe('#user-lead');
    expect(screen.getByLabelText('Linked lead').className).toContain('govuk-select--error');
    await vi.waitFor(() => expect(document.title).toBe('Error: Change user – Delivery Tracker'));
  });

  it('disables the account only after confirmation, with PATCH of that flag and If-Match', async () => {
    const fetchMock = installFakeApi({
      'GET /api/v1/users/:userId': () => sam,
      'GET /api/v1/leads': () => ({ items: leads, nextCursor: null }),
      'PATCH /api/v1/users/:userId': ({ body }) => ({ ...sam, ...(body as object), etag: '"2"' }),
    });
    const user = userEvent.setup();
    const { router } = renderUserPage();

    await user.click(await screen.findByRole('button', { name: 'Disable account' }, slow));
    expect(await screen.findByRole('heading', { level: 1, name: 'Disable Sam Officer’s account?' }, slow)).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Yes, disable the account' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe(paths.admin.users.getHref()), slow);
    const patch = fetchMock.mock.calls.find(([, init]) => init?.method === 'PATCH');
    expect(new Headers(patch?.[1]?.headers).get('If-Match')).toBe('"1"');
    expect(new Headers(patch?.[1]?.headers).get('Content-Type')).toBe('application/merge-patch+json');
    expect(JSON.parse(String(patch?.[1]?.body))).toEqual({ disabled: true });
    expect((router.state.location.state as { flash: { heading: string } }).flash.heading).toBe('Sam Officer’s account disabled');
  });

  it('shows the API\u2019s refusal to disable the last administrator', async () => {
    const last = { ...sam, roles: ['Administrator' as const] };
    installFakeApi({
      'GET /api/v1/users/:userId': () => last,
      'GET /api/v1/leads': () => ({ items: leads, nextCursor: null }),
      'PATCH /api/v1/users/:userId': () =>
        problem(409, { title: 'Conflict', detail: 'This is the last enabled administrator: give another user the Administrator role first.' }),
    });
    const user = userEvent.setup();
    renderUserPage();

    await user.click(await screen.findByRole('button', { name: 'Disable account' }, slow));
    await user.click(await screen.findByRole('button', { name: 'Yes, disable the account' }, slow));

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(summary.textContent).toContain('This is the last enabled administrator: give another user the Administrator role first.');
    await vi.waitFor(() => expect(document.title).toBe('Error: Disable account – Delivery Tracker'));
  });

  it('after a 412 shows what the other administrator changed and saves this one\u2019s roles again with the new version', async () => {
    const theirs: UserDto = { ...sam, displayName: 'Samantha Officer', etag: '"2"' };
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    installFakeApi({
      'GET /api/v1/users/:userId': () => sam,
      'GET /api/v1/leads': () => ({ items: leads, nextCursor: null }),
      'PUT /api/v1/users/:userId': ({ headers, body }) => {
        puts.push({ ifMatch: headers.get('If-Match'), body });
        if (headers.get('If-Match') !== theirs.etag) return problem(412, { title: 'Precondition Failed', current: theirs, currentETag: theirs.etag });
        return { ...theirs, ...(body as object), etag: '"3"' };
      },
    });
    const user = userEvent.setup();
    const { router } = renderUserPage();

    await user.click(await screen.findByRole('checkbox', { name: 'Board member' }, slow));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const panel = await screen.findByRole('alert', {}, slow);
    const change = within(panel).getByRole('rowheader', { name: 'Name' }).closest('tr') as HTMLElement;
    expect(within(change).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Sam Officer', 'Samantha Officer', 'Sam Officer']);
    expect((screen.getByRole('checkbox', { name: 'Board member' }) as HTMLInputElement).checked).toBe(true);

    await user.click(within(panel).getByRole('button', { name: 'Save my changes again' }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(paths.admin.users.getHref()), slow);
    expect(puts.map((put) => put.ifMatch)).toEqual(['"1"', '"2"']);
    expect((puts[1]?.body as { roles: string[] }).roles).toEqual(['BoardMember', 'Viewer']);
  });
});
