import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ActionSummaryDto, PlanSummaryDto } from '@/api/delivery-tracker-client';
import { OverdueRoute } from '@/app/routes/actions/overdue';
import { paths } from '@/config/paths';
import { actionLead, actionSummary } from '@/testing/action-fixtures';
import { installFakeApi } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

const slow = { timeout: 15_000 };

function plan(id: string, title: string): PlanSummaryDto {
  return { id, title, periodStart: '2019-04-01', periodEnd: '2022-03-31', status: 'Active', ragScale: 'ThreePoint', themeCount: 1, actionCount: 2, updatedAt: '2026-01-01T00:00:00Z' };
}

const overdueActions: ActionSummaryDto[] = [
  actionSummary({
    id: 'a-1',
    referenceCode: 'SYV-1.1',
    objectiveId: 'o-1',
    leads: [actionLead('l-nb', 'Natasha Bishopp')],
    rating: { dueDate: '2019-12-31', derivedReasonText: 'overdue since 31 Dec 2019' },
  }),
  actionSummary({ id: 'a-2', referenceCode: 'CCTV-1.1', objectiveId: 'o-2', leadToBeAgreed: true }),
  actionSummary({
    id: 'a-3',
    referenceCode: 'SYV-2.1',
    objectiveId: 'o-1',
    rating: { effective: 'Amber', overdue: false, dueSoon: true, dueDate: '2020-04-15', derivedReasonText: 'due in 15 days, not started' },
  }),
];

function renderOverdue(url: string, plans: PlanSummaryDto[], actions: ActionSummaryDto[] = overdueActions, user = testUsers.programmeManager as (typeof testUsers)[keyof typeof testUsers]) {
  const fetchMock = installFakeApi({
    'GET /api/v1/plans': () => ({ items: plans, nextCursor: null }),
    // The API's filters and urgency order (earliest due first within a flag), as far as the page uses them.
    'GET /api/v1/actions': ({ query }) => ({
      items: actions
        .filter((action) => action.planId === query.get('planId'))
        .filter((action) => query.get('overdue') !== 'true' || action.rating.overdue)
        .filter((action) => query.get('dueSoon') !== 'true' || action.rating.dueSoon)
        .sort((a, b) => (query.get('sort') === 'Urgency' ? (a.rating.dueDate ?? '').localeCompare(b.rating.dueDate ?? '') : 0)),
      nextCursor: null,
    }),
  });
  const rendered = renderRoute({ path: paths.actions.overdue.path, element: <OverdueRoute />, url, user });
  return { fetchMock, ...rendered };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('Overdue and due soon', { timeout: 60_000 }, () => {
  it('lists the plan’s overdue actions, longest overdue first, with lead, due date, rating and reason', async () => {
    const { fetchMock } = renderOverdue('/overdue', [plan('plan-1', 'Building Safer Communities')]);

    const table = await screen.findByRole('table', { name: 'Overdue actions' }, slow);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['CCTV-1.1', 'SYV-1.1']);
    expect(within(rows[0] as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Action CCTV-1.1',
      'Redoverdue since 30 Sep 2019',
      'Not started',
      '30 September 2019',
      'Lead to be agreed',
    ]);
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'SYV-1.1' }).getAttribute('href')).toBe('/actions/a-1');
    expect(screen.getByRole('heading', { level: 2, name: 'Overdue (2)' })).toBeTruthy();
    // One plan: no chooser.
    expect(screen.queryByLabelText('Plan')).toBeNull();
    const listQueries = fetchMock.mock.calls
      .map(([input]) => new URL(String(input), 'http://localhost'))
      .filter((url) => url.pathname === '/api/v1/actions')
      .map((url) => url.searchParams.toString());
    expect(listQueries.sort()).toEqual(['planId=plan-1&dueSoon=true&sort=Urgency&limit=200', 'planId=plan-1&overdue=true&sort=Urgency&limit=200']);

    const dueSoon = screen.getByRole('table', { name: 'Due soon actions' });
    expect(within(dueSoon).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['SYV-2.1']);
    expect(screen.getByRole('heading', { level: 2, name: 'Due soon (1)' })).toBeTruthy();
  });

  it('offers a plan chooser when there are several plans, and shows the plan in the URL', async () => {
    const user = userEvent.setup();
    const other = [actionSummary({ id: 'b-1', planId: 'plan-2', referenceCode: 'ASB-1.1', objectiveId: 'o-9' })];
    const { router } = renderOverdue('/overdue?planId=plan-2', [plan('plan-1', 'Plan one'), plan('plan-2', 'Plan two')], [...overdueActions, ...other]);
    // plan-2 has no due-soon actions.
    expect(await screen.findByText('No actions are due soon.', {}, slow)).toBeTruthy();

    const table = await screen.findByRole('table', { name: 'Overdue actions' }, slow);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['ASB-1.1']);
    expect((screen.getByLabelText('Plan') as HTMLSelectElement).value).toBe('plan-2');

    await user.selectOptions(screen.getByLabelText('Plan'), 'Plan one');
    await user.click(screen.getByRole('button', { name: 'Show plan' }));

    expect(router.state.location.search).toBe('?planId=plan-1');
    await vi.waitFor(() => expect(within(screen.getByRole('table', { name: 'Overdue actions' })).getAllByRole('rowheader')).toHaveLength(2), slow);
    expect(within(screen.getByRole('table', { name: 'Overdue actions' })).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual([
      'CCTV-1.1',
      'SYV-1.1',
    ]);
  });

  it('says so when nothing is overdue', async () => {
    renderOverdue('/overdue', [plan('plan-1', 'Plan one')], []);

    expect(await screen.findByText('No actions are overdue.', {}, slow)).toBeTruthy();
    expect(await screen.findByText('No actions are due soon.', {}, slow)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('is for programme managers only', async () => {
    renderOverdue('/overdue', [plan('plan-1', 'Plan one')], overdueActions, testUsers.viewer);

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' }, slow)).toBeTruthy();
    expect(screen.getByText('Only programme managers can see this page.')).toBeTruthy();
    await vi.waitFor(() => expect(document.title).toBe('You do not have permission to see this page – Delivery Tracker'));
  });
});
