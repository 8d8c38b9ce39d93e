import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ActionSummaryDto } from '@/api/delivery-tracker-client';
import { MyActionsRoute } from '@/app/routes/actions/my-actions';
import { paths } from '@/config/paths';
import { actionLead, actionSummary } from '@/testing/action-fixtures';
import { installFakeApi, problem } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

const slow = { timeout: 15_000 };

const mine = [actionLead('lead-1', 'Lee Lead')];
const rated = (effective: ActionSummaryDto['rating']['effective'], dueDate: string | undefined, reason: string) => ({
  ...actionSummary({ id: 'x', referenceCode: 'X', objectiveId: 'o' }).rating,
  effective,
  derived: effective,
  dueDate,
  derivedReasonText: reason,
});

// In plan order, as the API lists them; the page orders them most urgent first.
const leadActions: ActionSummaryDto[] = [
  actionSummary({ id: 'a-1', referenceCode: 'SYV-1.1', objectiveId: 'o-1', leads: mine, rating: rated('Green', '2021-03-31', 'on track') }),
  actionSummary({ id: 'a-2', referenceCode: 'SYV-1.2', objectiveId: 'o-1', leads: mine, rating: rated('Red', '2019-12-31', 'overdue since 31 Dec 2019') }),
  actionSummary({ id: 'a-3', referenceCode: 'SYV-2.1', objectiveId: 'o-2', leads: mine, rating: rated('Amber', '2020-04-15', 'due in 15 days, not started') }),
  actionSummary({ id: 'a-4', referenceCode: 'CCTV-1.1', objectiveId: 'o-3', leads: mine, rating: rated('Red', '2019-09-30', 'overdue since 30 Sep 2019') }),
];

function renderMyActions(actions: ActionSummaryDto[], user = testUsers.lead as (typeof testUsers)[keyof typeof testUsers]) {
  const fetchMock = installFakeApi({
    'GET /api/v1/actions': ({ query }) => ({
      items: query.get('overdue') === 'true' ? actions.filter((action) => action.rating.derivedReason === 'Overdue' && action.rating.effective === 'Red') : actions,
      nextCursor: null,
    }),
  });
  renderRoute({ path: paths.actions.mine.path, element: <MyActionsRoute />, url: paths.actions.mine.getHref(), user });
  return fetchMock;
}

function references(table: HTMLElement): string[] {
  return within(table).getAllByRole('rowheader').map((cell) => cell.textContent ?? '');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('My actions', { timeout: 60_000 }, () => {
  it('asks for the lead’s open actions and shows the overdue ones first, each group most urgent first', async () => {
    const fetchMock = renderMyActions(leadActions);

    const overdue = await screen.findByRole('table', { name: 'Overdue: actions you lead' }, slow);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Overdue (2)', 'Other open actions (2)']);
    // Longest overdue first among equally red actions.
    expect(references(overdue)).toEqual(['CCTV-1.1', 'SYV-1.2']);
    // Amber before Green.
    expect(references(screen.getByRole('table', { name: 'Other open actions: actions you lead' }))).toEqual(['SYV-2.1', 'SYV-1.1']);

    const link = within(overdue).getByRole('link', { name: 'Post an update on CCTV-1.1' });
    expect(link.getAttribute('href')).toBe('/actions/a-4/update');
    expect(within(overdue).getAllByRole('row')[1]?.textContent).toContain('overdue since 30 Sep 2019');

    const queries = fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost').searchParams.toString()).sort();
    expect(queries).toEqual([
      'leadId=lead-1&status=NotStarted&status=InProgress&status=Blocked&status=OnHold&limit=200',
      'leadId=lead-1&status=NotStarted&status=InProgress&status=Blocked&status=OnHold&overdue=true&limit=200',
    ]);
    await vi.waitFor(() => expect(document.title).toBe('My actions – Delivery Tracker'));
  });

  it('says so when the lead leads no open action', async () => {
    renderMyActions([]);

    expect(await screen.findByRole('heading', { level: 2, name: 'You lead no open actions' }, slow)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('tells a user with no lead why there is nothing here, without asking the API', async () => {
    const fetchMock = renderMyActions(leadActions, testUsers.programmeManager);

    expect(await screen.findByText(/Your account is not linked to a lead/, {}, slow)).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says when the actions could not be loaded', async () => {
    installFakeApi({ 'GET /api/v1/actions': () => problem(503, { title: 'Service Unavailable' }) });
    renderRoute({ path: paths.actions.mine.path, element: <MyActionsRoute />, url: paths.actions.mine.getHref(), user: testUsers.lead });

    expect(await screen.findByText('Sorry, there is a problem with the service', {}, slow)).toBeTruthy();
  });
});
