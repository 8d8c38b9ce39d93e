import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { CorrectTimescaleRequest, CurrentUserDto } from '@/api/delivery-tracker-client';
import { CorrectTimescaleRoute } from '@/app/routes/actions/correct-timescale';
import { paths } from '@/config/paths';
import { actionDto } from '@/features/actions/testing/action-fixtures';
import type { FakeRequest } from '@/testing/fake-api';
import { installFakeApi, problem } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

const slow = { timeout: 5_000 };

// Typing into a form takes seconds on the shared machine: more than the default 5 s per test.
vi.setConfig({ testTimeout: 30_000 });

function fakeApi(onPut: (request: FakeRequest) => unknown) {
  const puts: { ifMatch: string | null; body: CorrectTimescaleRequest }[] = [];
  installFakeApi({
    'GET /api/v1/actions/:actionId': () => actionDto(),
    'PUT /api/v1/actions/:actionId/timescale': (request) => {
      puts.push({ ifMatch: request.headers.get('If-Match'), body: request.body as CorrectTimescaleRequest });
      return onPut(request);
    },
  });
  return puts;
}

function renderForm(user: CurrentUserDto = testUsers.programmeManager) {
  return renderRoute({ path: paths.actions.timescale.path, element: <CorrectTimescaleRoute />, url: paths.actions.timescale.getHref('action-1'), user });
}

const saved = actionDto({
  timescale: { ...actionDto().timescale, dueDate: '2027-06-30', isCorrected: true },
  rating: { ...actionDto().rating, derived: 'Amber', effective: 'Amber', derivedReasonText: 'no update for 60 days' },
  etag: '"8"',
});

describe('correcting a timescale', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('starts from the reading, sends the new dates with If-Match and returns to the action with the new rating', async () => {
    const user = userEvent.setup();
    const puts = fakeApi(() => saved);
    const { router } = renderForm();

    expect(await screen.findByText('March 2020', {}, slow)).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'By a date' })).toHaveProperty('checked', true);
    const due = screen.getByRole('group', { name: 'Due date' });
    expect(within(due).getAllByRole('textbox').map((input) => (input as HTMLInputElement).value)).toEqual(['31', '3', '2020']);
    expect(screen.queryByRole('group', { name: /Start date/ })).toBeNull();

    await user.clear(within(due).getByLabelText('Day'));
    await user.type(within(due).getByLabelText('Day'), '30');
    await user.clear(within(due).getByLabelText('Month'));
    await user.type(within(due).getByLabelText('Month'), '6');
    await user.clear(within(due).getByLabelText('Year'));
    await user.type(within(due).getByLabelText('Year'), '2027');
    await user.click(screen.getByRole('button', { name: 'Save the corrected timescale' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/actions/action-1'), slow);
    expect(puts).toEqual([{ ifMatch: '"7"', body: { kind: 'ByDate', dueDate: '2027-06-30' } }]);
    expect(router.state.location.state).toEqual({
      flash: {
        heading: 'Timescale corrected',
        body: 'The ratings have been worked out again with the new dates: the effective rating is now Amber.',
      },
    });
  });

  it('reveals the dates each kind has', async () => {
    const user = userEvent.setup();
    fakeApi(() => saved);
    renderForm();

    await user.click(await screen.findByRole('radio', { name: 'Between two dates' }, slow));
    expect(screen.getByRole('group', { name: 'Start date' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Due date' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'To be agreed' }));
    expect(screen.queryByRole('group', { name: 'Start date' })).toBeNull();
    expect(screen.queryByRole('group', { name: 'Due date' })).toBeNull();
  });

  it('shows the API\u2019s validation messages beside the date they are about', async () => {
    const user = userEvent.setup();
    fakeApi(() => problem(400, { title: 'One or more validation errors occurred.', errors: { dueDate: ['The due date must be on or after the start date.'] } }));
    renderForm();

    await user.click(await screen.findByRole('button', { name: 'Save the corrected timescale' }, slow));

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getByRole('link', { name: 'The due date must be on or after the start date.' }).getAttribute('href')).toBe('#timescale-due-date');
    expect(screen.getByRole('group', { name: 'Due date' }).textContent).toContain('Error: The due date must be on or after the start date.');
    await vi.waitFor(() => expect(document.title).toBe('Error: Correct the timescale of ASB-3.4 – Delivery Tracker'));
  });

  it('on a 412 shows the other person\u2019s dates beside the user\u2019s, and can start again from theirs', async () => {
    const user = userEvent.setup();
    const theirs = actionDto({ timescale: { ...actionDto().timescale, dueDate: '2021-03-31', isCorrected: true }, etag: '"8"' });
    fakeApi(() => problem(412, { title: 'Precondition Failed', current: theirs, currentETag: '"8"' }));
    renderForm();

    await user.click(await screen.findByRole('button', { name: 'Save the corrected timescale' }, slow));

    const panel = await screen.findByRole('alert', {}, slow);
    const rows = within(within(panel).getByRole('table', { name: 'What they changed' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['Due date31 March 202031 March 202131 March 2020']);

    await user.click(within(panel).getByRole('button', { name: 'Discard my changes' }));

    expect(screen.queryByRole('alert')).toBeNull();
    const due = screen.getByRole('group', { name: 'Due date' });
    expect(within(due).getAllByRole('textbox').map((input) => (input as HTMLInputElement).value)).toEqual(['31', '3', '2021']);
  });

  it('refuses anyone but a programme manager', async () => {
    fakeApi(() => saved);
    renderForm(testUsers.lead);

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' }, slow)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save the corrected timescale' })).toBeNull();
  });
});
