import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { DashboardRoute } from '@/app/routes/plans/dashboard';
import { paths } from '@/config/paths';
import { dashboardFixture } from '@/features/dashboard/testing/dashboard-fixtures';
import { installFakeApi, problem } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

// Generous waits: the first render of a file pays for loading its modules, and the machine's two cores are shared.
const slow = { timeout: 10_000 };

const plans = { items: [{ id: 'plan-1', title: 'Building Safer Communities – Delivery Plan' }], nextCursor: null };

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderDashboard(url = '/plans/plan-1/dashboard?asOf=2020-03-31') {
  return renderRoute({ path: paths.plans.dashboard.path, element: <DashboardRoute />, url, user: testUsers.board });
}

describe('Dashboard page', { timeout: 30_000 }, () => {
  it('shows every figure as at the date in the URL: ratings by theme, attention counts, KPI tiles and latest updates', async () => {
    const fetchMock = installFakeApi({
      'GET /api/v1/plans': () => plans,
      'GET /api/v1/plans/:planId/dashboard': () => dashboardFixture(),
    });
    renderDashboard();

    expect(await screen.findByText('Figures as at 31 March 2020', {}, slow)).toBeTruthy();
    const asked = fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.includes('/dashboard'));
    expect(new URL(asked!, 'http://localhost').searchParams.get('asOf')).toBe('2020-03-31');

    // The chart and the same figures in a table.
    expect(screen.getByRole('img', { name: /^Stacked bar chart of the effective ratings/ }).getAttribute('aria-label')).toContain(
      'Across the plan: 3 Red, 2 Amber, 4 Green, 2 Complete, 1 Not rated.',
    );
    const table = screen.getByRole('table', { name: 'Actions by effective rating and theme, as at 31 March 2020' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => within(row).queryAllByRole('cell').map((cell) => cell.textContent));
    expect(rows.slice(1)).toEqual([
      ['2', '1', '2', '1', '0', '1', '7'],
      ['1', '1', '2', '1', '1', '0', '6'],
      ['3', '2', '4', '2', '1', '1', '13'],
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Serious youth violence (SYV)' })).toBeTruthy();

    // Each count links to the plan tree filtered the same way, as at the same date.
    const attention = screen.getByRole('list', { name: 'Actions needing attention' });
    expect(within(attention).getByRole('link', { name: /^3\s*Overdue/ }).getAttribute('href')).toBe('/plans/plan-1?overdue=true&asOf=2020-03-31');
    expect(within(attention).getByRole('link', { name: /^1\s*Due soon/ }).getAttribute('href')).toBe('/plans/plan-1?dueSoon=true&asOf=2020-03-31');
    expect(within(attention).getByRole('link', { name: /^5\s*Stale/ }).getAttribute('href')).toBe('/plans/plan-1?stale=true&asOf=2020-03-31');
    expect(within(attention).getByRole('link', { name: /^2\s*Blocked/ }).getAttribute('href')).toBe('/plans/plan-1?blocked=true&asOf=2020-03-31');

    const tile = within(screen.getByRole('list', { name: 'KPIs' })).getByRole('listitem');
    expect(within(tile).getByRole('link', { name: 'DA calls attended within 60 minutes' }).getAttribute('href')).toBe('/kpis/kpi-da');
    expect(tile.textContent).toContain('Rating: Red');
    expect(tile.textContent).toContain('75% (2019-Q4)');
    expect(within(tile).getByRole('img').getAttribute('aria-label')).toBe(
      'Trend of DA calls attended within 60 minutes, oldest first: 82% for 2019-Q3, 75% for 2019-Q4, against a target of 90%.',
    );

    const updates = screen.getByRole('table', { name: 'Latest progress updates on or before 31 March 2020' });
    const update = within(updates).getAllByRole('row')[1]!;
    expect(within(update).getByRole('link', { name: 'SYV-1.1' }).getAttribute('href')).toBe('/actions/action-syv-11');
    // Posted at 23:30 UTC on the 30th: 00:30 on the 31st in London (BST), so the 31st.
    expect(update.textContent).toContain('Natasha Bishopp');
    expect(update.textContent).toContain('31 March 2020');
    expect(update.textContent).toContain('In progress');
    expect(update.textContent).toContain('Amber');
    expect(document.title).toBe('Dashboard – Building Safer Communities – Delivery Plan – Delivery Tracker');
  });

  it('"Show" puts the chosen date in the URL, and a date that is not real is named without asking the API', async () => {
    installFakeApi({
      'GET /api/v1/plans': () => plans,
      'GET /api/v1/plans/:planId/dashboard': ({ query }) => dashboardFixture({ asOf: query.get('asOf') ?? '2020-03-31' }),
    });
    const { router } = renderDashboard();
    const user = userEvent.setup();
    const group = await screen.findByRole('group', { name: 'Show the figures as at' }, slow);
    expect(within(group).getByLabelText('Day')).toHaveProperty('value', '31');

    await user.clear(within(group).getByLabelText('Day'));
    await user.type(within(group).getByLabelText('Day'), '31');
    await user.clear(within(group).getByLabelText('Month'));
    await user.type(within(group).getByLabelText('Month'), '12');
    await user.clear(within(group).getByLabelText('Year'));
    await user.type(within(group).getByLabelText('Year'), '2019');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(router.state.location.search).toBe('?asOf=2019-12-31');
    expect(await screen.findByText('Figures as at 31 December 2019', {}, slow)).toBeTruthy();

    const day = within(screen.getByRole('group', { name: 'Show the figures as at' })).getByLabelText('Day');
    await user.clear(day);
    await user.type(day, '32');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByRole('link', { name: 'Enter a real date, for example 31 3 2020' }, slow)).toBeTruthy();
    expect(router.state.location.search).toBe('?asOf=2019-12-31');
    expect(document.title).toMatch(/^Error: Dashboard/);
  });

  it('says what is missing for a plan with no actions, KPIs or updates', async () => {
    installFakeApi({
      'GET /api/v1/plans': () => plans,
      'GET /api/v1/plans/:planId/dashboard': () =>
        dashboardFixture({
          ratings: { total: 0, excluded: 0, counts: { Red: 0, Amber: 0, Green: 0, Complete: 0, NotRated: 0 } },
          themes: [],
          attention: { overdue: 0, dueSoon: 0, stale: 0, blocked: 0 },
          kpis: [],
          latestUpdates: [],
        }),
    });
    renderDashboard();

    expect(await screen.findByText('This plan has no actions yet.', {}, slow)).toBeTruthy();
    expect(screen.getByText('No KPIs are linked to this plan yet.')).toBeTruthy();
    expect(screen.getByText('No progress updates had been posted by 31 March 2020.')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('says when the plan does not exist', async () => {
    installFakeApi({ 'GET /api/v1/plans': () => plans, 'GET /api/v1/plans/:planId/dashboard': () => problem(404, { title: 'Not Found' }) });
    renderDashboard('/plans/no-such-plan/dashboard');

    expect(await screen.findByRole('heading', { level: 1, name: 'Plan not found' }, slow)).toBeTruthy();
  });

  it('shows the problem when the dashboard cannot be loaded', async () => {
    installFakeApi({
      'GET /api/v1/plans': () => plans,
      'GET /api/v1/plans/:planId/dashboard': () => problem(403, { title: 'Forbidden', detail: 'Your account may not read plans.' }),
    });
    renderDashboard();

    expect(await screen.findByText('Your account may not read plans.', {}, slow)).toBeTruthy();
  });
});
