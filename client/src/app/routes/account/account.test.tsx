import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { AccountRoute } from '@/app/routes/account/account';
import { paths } from '@/config/paths';
import { installFakeApi, problem, type FakeRequest } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

const slow = { timeout: 15_000 };

function renderAccount() {
  return renderRoute({ path: paths.account.settings.path, element: <AccountRoute />, url: paths.account.settings.getHref(), user: testUsers.lead });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('your account', { timeout: 60_000 }, () => {
  it('shows who is signed in and turns email reminders off', async () => {
    const save = vi.fn((request: FakeRequest) => request.body);
    installFakeApi({ 'GET /api/v1/me/preferences': () => ({ emailReminders: true }), 'POST /api/v1/me/preferences': save });
    renderAccount();
    const user = userEvent.setup();

    const group = await screen.findByRole('group', { name: 'Email me reminders' }, slow);
    expect((within(group).getByLabelText('Yes') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('lead@example.org')).toBeTruthy();
    expect(screen.getByText('Lead')).toBeTruthy();
    await user.click(within(group).getByLabelText('No'));
    await user.click(screen.getByRole('button', { name: 'Save notification settings' }));

    expect(await screen.findByText('Your notification settings have been saved', {}, slow)).toBeTruthy();
    expect(screen.getByText('Reminders will only appear on your notifications page.')).toBeTruthy();
    expect(save.mock.calls.map(([request]) => request.body)).toEqual([{ emailReminders: false }]);
    expect((within(screen.getByRole('group', { name: 'Email me reminders' })).getByLabelText('No') as HTMLInputElement).checked).toBe(true);
  });

  it('puts the API’s error in the summary and beside the question', async () => {
    installFakeApi({
      'GET /api/v1/me/preferences': () => ({ emailReminders: false }),
      'POST /api/v1/me/preferences': () => problem(400, { title: 'One or more validation errors occurred.', errors: { emailReminders: ['Choose whether reminders are emailed to you.'] } }),
    });
    renderAccount();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Save notification settings' }, slow));

    const summary = await screen.findByRole('alert', {}, slow);
    expect(within(summary).getByRole('link', { name: 'Choose whether reminders are emailed to you.' }).getAttribute('href')).toBe('#email-reminders');
    expect(within(screen.getByRole('group', { name: 'Email me reminders' })).getByText('Choose whether reminders are emailed to you.')).toBeTruthy();
    expect(document.title).toMatch(/^Error: Your account/);
  });

  it('says so when there is no account here to hold settings', async () => {
    installFakeApi({ 'GET /api/v1/me/preferences': () => problem(404, { title: 'Not Found', detail: 'You have no account in this service.' }) });
    renderAccount();

    expect(await screen.findByText('You have no account in this service.', {}, slow)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save notification settings' })).toBeNull();
  });
});
