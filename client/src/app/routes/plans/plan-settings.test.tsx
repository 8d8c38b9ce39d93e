import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { PlanSettingsRoute } from '@/app/routes/plans/plan-settings';
import { paths } from '@/config/paths';
import { planId, testPlan } from '@/features/plan-editing/testing/plan-fixtures';
import { installFakeApi, json, problem, type FakeRequest } from '@/testing/fake-api';
import { renderRoute } from '@/testing/render-route';

const slow = { timeout: 5_000 };

function renderSettings() {
  return renderRoute({ path: paths.plans.settings.path, element: <PlanSettingsRoute />, url: paths.plans.settings.getHref(planId) });
}

async function typeDate(user: ReturnType<typeof userEvent.setup>, legend: string, day: string, month: string, year: string) {
  const group = screen.getByRole('group', { name: legend });
  await user.type(within(group).getByLabelText('Day'), day);
  await user.type(within(group).getByLabelText('Month'), month);
  await user.type(within(group).getByLabelText('Year'), year);
}

describe('the plan settings page', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('switches to the 5-point scale and adds a board meeting, sent as a merge patch with the plan’s ETag', async () => {
    const patch = vi.fn((request: FakeRequest) => ({ ...testPlan(), ...(request.body as object), etag: '"plan-v2"' }));
    installFakeApi({ 'GET /api/v1/plans/:planId': () => testPlan(), 'PATCH /api/v1/plans/:planId': patch });
    const { router } = renderSettings();
    const user = userEvent.setup();

    await user.click(await screen.findByLabelText('5-point Delivery Confidence', {}, slow));
    await user.click(screen.getByRole('button', { name: 'Add another board meeting' }));
    await typeDate(user, 'Board meeting 2', '3', '9', '2019');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(paths.plans.edit.getHref(planId)), slow);
    const request = patch.mock.calls[0]![0];
    expect(request.headers.get('If-Match')).toBe('"plan-v1"');
    expect(request.body).toEqual({
      title: 'Safer Streets Plan',
      periodStart: '2019-04-01',
      periodEnd: '2022-03-31',
      status: 'Active',
      settings: { ...testPlan().settings, ragScale: 'FivePoint', boardMeetings: ['2019-06-04', '2019-09-03'] },
    });
    expect(router.state.location.state).toEqual({ flash: { heading: 'Plan settings saved', body: undefined } });
  });

  it('pauses reminders and changes their windows, cadence, escalation and board lead time', async () => {
    const patch = vi.fn((request: FakeRequest) => ({ ...testPlan(), ...(request.body as object), etag: '"plan-v2"' }));
    installFakeApi({ 'GET /api/v1/plans/:planId': () => testPlan(), 'PATCH /api/v1/plans/:planId': patch });
    const { router } = renderSettings();
    const user = userEvent.setup();

    const send = await screen.findByRole('group', { name: /Send reminders for this plan\?/ }, slow);
    expect((within(send).getByLabelText('Yes') as HTMLInputElement).checked).toBe(true);
    await user.click(within(send).getByLabelText('No, pause reminders'));
    for (const [label, value] of [
      ['Remind leads before a due date (days)', '21'],
      ['Remind again while overdue (days between reminders)', '14'],
      ['Escalate after (days overdue)', '45'],
      ['Ask for updates before a board meeting (working days)', '5'],
    ] as const) {
      const input = screen.getByLabelText(label);
      await user.clear(input);
      await user.type(input, value);
    }
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(paths.plans.edit.getHref(planId)), slow);
    expect((patch.mock.calls[0]![0].body as { settings: object }).settings).toEqual({
      ...testPlan().settings,
      remindersPaused: true,
      reminderDueSoonDays: 21,
      overdueReminderEveryDays: 14,
      escalateAfterDaysOverdue: 45,
      boardUpdateRequestWorkingDays: 5,
    });
  });

  it('puts the API’s errors for the reminder settings beside their fields, in the form’s order', async () => {
    installFakeApi({
      'GET /api/v1/plans/:planId': () => testPlan(),
      'PATCH /api/v1/plans/:planId': () =>
        problem(400, {
          errors: {
            'settings.boardUpdateRequestWorkingDays': ['The value must be between 0 and 60.'],
            'settings.overdueReminderEveryDays': ['The value must be between 1 and 365.'],
          },
        }),
    });
    renderSettings();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Save settings' }, slow));

    const summary = await screen.findByRole('alert', {}, slow);
    expect(within(summary).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#plan-overdue-every-days', '#plan-board-update-days']);
    expect(screen.getByLabelText('Remind again while overdue (days between reminders)').getAttribute('aria-describedby')).toContain('plan-overdue-every-days-error');
  });

  it('puts the API’s error for one board meeting beside that meeting and in the summary', async () => {
    installFakeApi({
      'GET /api/v1/plans/:planId': () => testPlan(),
      'PATCH /api/v1/plans/:planId': () =>
        problem(400, {
          errors: {
            'settings.boardMeetings[1]': ['Board meetings must fall within the plan period.'],
            'settings.progressAmberBelowPercent': ['The Amber threshold must be at least the Red threshold.'],
          },
        }),
    });
    renderSettings();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add another board meeting' }, slow));
    await typeDate(user, 'Board meeting 2', '3', '9', '2030');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const summary = await screen.findByRole('alert', {}, slow);
    expect(within(summary).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#plan-progress-amber', '#plan-board-meeting-1']);
    expect(within(screen.getByRole('group', { name: 'Board meeting 2' })).getByText('Board meetings must fall within the plan period.')).toBeTruthy();
    expect(document.title).toBe('Error: Plan settings – Delivery Tracker');
  });

  it('says a meeting that is not a real date is wrong without asking the API', async () => {
    const fetchMock = installFakeApi({ 'GET /api/v1/plans/:planId': () => testPlan() });
    renderSettings();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add another board meeting' }, slow));
    await typeDate(user, 'Board meeting 2', '31', '2', '2020');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const summary = await screen.findByRole('alert', {}, slow);
    expect(within(summary).getByRole('link', { name: 'Board meeting 2 must be a real date, for example 1 4 2019' }).getAttribute('href')).toBe('#plan-board-meeting-1');
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PATCH')).toBe(false);
  });

  it('on 412 shows the other person’s change beside the user’s and saves again with the current ETag', async () => {
    const theirs = { ...testPlan(), themes: [], settings: { ...testPlan().settings, dueSoonDays: 21 }, etag: '"plan-v8"' };
    const patch = vi.fn((request: FakeRequest) =>
      request.headers.get('If-Match') === '"plan-v1"'
        ? json({ status: 412, title: 'Precondition Failed', current: theirs, currentETag: theirs.etag }, 412)
        : { ...theirs, etag: '"plan-v9"' },
    );
    installFakeApi({ 'GET /api/v1/plans/:planId': () => testPlan(), 'PATCH /api/v1/plans/:planId': patch });
    renderSettings();
    const user = userEvent.setup();

    const staleAfter = await screen.findByLabelText('Stale after (days)', {}, slow);
    await user.clear(staleAfter);
    await user.type(staleAfter, '45');
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    const panel = await screen.findByRole('alert', {}, slow);
    const row = within(panel).getByRole('row', { name: /count as due soon/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['30', '21', '30']);
    await user.click(within(panel).getByRole('button', { name: 'Save my changes again' }));

    await waitFor(() => expect(patch).toHaveBeenCalledTimes(2), slow);
    expect(patch.mock.calls[1]![0].headers.get('If-Match')).toBe('"plan-v8"');
    expect((patch.mock.calls[1]![0].body as { settings: { staleAfterDays: number } }).settings.staleAfterDays).toBe(45);
  });
});
