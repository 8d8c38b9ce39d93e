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

// As the API lists them with sort=Urgency: overdue (longest first), other red, due soon, amber, green.
const leadActions: ActionSummaryDto[] = [
  actionSummary({ id: 'a-4', referenceCode: 'CCTV-1.1', objectiveId: 'o-3', leads: mine, rating: { dueDate: '2019-09-30', derivedReasonText: 'overdue since 30 Sep 2019' } }),
  actionSummary({ id: 'a-2', referenceCode: 'SYV-1.2', objectiveId: 'o-1', leads: mine, rating: { dueDate: '2019-12-31', derivedReasonText: 'overdue since 31 Dec 2019' } }),
  actionSummary({
    id: 'a-3',
    referenceCode: 'SYV-2.1',
    objectiveId: 'o-2',
    leads: mine,
    rating: { effective: 'Amber', derived: 'Amber', overdue: false, dueSoon: true, dueDate: '2020-04-15', derivedReasonText: 'due in 15 days, not started' },
  }),
  actionSummary({
    id: 'a-1',
    referenceCode: 'SYV-1.1',
    objectiveId: 'o-1',
    leads: mine,
    rating: { effective: 'Green', derived: 'Green', overdue: false, dueDate: '2021-03-31', derivedReasonText: 'on track' },
  }),
];

function renderMyActions(actions: ActionSummaryDto[], user: (typeof testUsers)[keyof typeof testUsers] = testUsers.lead) {
  const fetchMock = installFakeApi({ 'GET /api/v1/actions': () => ({ items: actions, nextCursor: null }) });
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
  it('asks for the lead’s open actions most urgent first, and groups them into overdue, due soon and the rest', async () => {
    const fetchMock = renderMyActions(leadActions);

    const overdue = await screen.findByRole('table', { name: 'Overdue: actions you lead' }, slow);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Overdue (2)', 'Due soon (1)', 'Other open actions (1)']);
    // The API's order is kept within each group.
    expect(references(overdue)).toEqual(['CCTV-1.1', 'SYV-1.2']);
    expect(references(screen.getByRole('table', { name: 'Due soon: actions you lead' }))).toEqual(['SYV-2.1']);
    expect(references(screen.getByRole('table', { name: 'Other open actions: actions you lead' }))).toEqual(['SYV-1.1']);

    const link = within(overdue).getByRole('link', { name: 'Post an update on CCTV-1.1' });
    expect(link.getAttribute('href')).toBe('/actions/a-4/update');
    expect(within(overdue).getAllByRole('row')[1]?.textContent).toContain('overdue since 30 Sep 2019');

    const queries = fetchMock.mock.calls.map(([input]) => new URL(String(input), 'http://localhost').searchParams.toString());
    expect(queries).toEqual(['leadId=lead-1&status=NotStarted&status=InProgress&status=Blocked&status=OnHold&sort=Urgency&limit=200']);
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
    installFakeApi({ 'GET /api/v1/actions': () => problem(403, { title: 'Forbidden', detail: 'You may not read these actions.' }) });
    renderRoute({ path: paths.actions.mine.path, element: <MyActionsRoute />, url: paths.actions.mine.getHref(), user: testUsers.lead });

    expect(await screen.findByText('Sorry, there is a problem with the service', {}, slow)).toBeTruthy();
    expect(screen.getByText('You may not read these actions.')).toBeTruthy();
  });
});
