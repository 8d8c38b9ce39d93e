import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { CurrentUserDto } from '@/api/delivery-tracker-client';
import { ActionRoute } from '@/app/routes/actions/action';
import { paths } from '@/config/paths';
import { actionDto, planDto, progressUpdateDto } from '@/features/actions/testing/action-fixtures';
import { installFakeApi, problem } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';
import { readPlanTreeFilter } from '@/features/plans/utils/plan-tree-filter';

// Generous waits: the first render of a file pays for loading its modules, and the machine is shared.
const slow = { timeout: 5_000 };

const history = {
  items: [
    {
      occurredAt: '2026-11-30T09:15:00Z',
      actor: 'pm@example.org',
      operation: 'Updated',
      before: { 'timescale.dueDate': '2020-01-31', 'timescale.isCorrected': false },
      after: { 'timescale.dueDate': '2020-03-31', 'timescale.isCorrected': true },
    },
  ],
  nextCursor: null,
};

function fakeApi(action = actionDto()) {
  return installFakeApi({
    'GET /api/v1/actions/:actionId': ({ params }) => (params.actionId === action.id ? action : problem(404, { title: 'Not Found' })),
    'GET /api/v1/plans/:planId': () => planDto(),
    'GET /api/v1/actions/:actionId/progress-updates': () => ({ items: [progressUpdateDto()], nextCursor: null }),
    'GET /api/v1/actions/:actionId/history': () => history,
  });
}

function renderAction(user: CurrentUserDto = testUsers.programmeManager, url = paths.actions.action.getHref('action-1')) {
  return renderRoute({ path: paths.actions.action.path, element: <ActionRoute />, url, user });
}

describe('the action page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the derived, reported and effective ratings side by side, each with its reason', async () => {
    fakeApi();
    renderAction();

    expect(await screen.findByRole('heading', { level: 1, name: 'Review the community trigger process with partners.' }, slow)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Ratings as at 2 December 2026' })).toBeTruthy();
    const derived = screen.getByRole('region', { name: 'Derived' });
    expect(within(derived).getByText('Red').textContent).toBe('Derived rating: Red');
    expect(derived.textContent).toContain('Overdue since 31 Mar 2020. Judged against the due date 31 March 2020.');
    const reported = screen.getByRole('region', { name: 'Reported' });
    expect(within(reported).getByText('Amber').textContent).toBe('Reported rating: Amber');
    expect(reported.textContent).toContain('Justification: Partner workshop booked for April');
    expect(reported.textContent).toContain('10 February 2020 at 10:00am');
    const effective = screen.getByRole('region', { name: 'Effective' });
    expect(within(effective).getByText('Red').textContent).toBe('Effective rating: Red');
    expect(effective.textContent).toContain('The derived rating: there is no fresh reported rating.');
    await vi.waitFor(() => expect(document.title).toBe('Action ASB-3.4 – Delivery Tracker'));
  });

  it('shows where the action sits, its leads, KPIs, recommendations, timescale, timeline and history', async () => {
    fakeApi();
    renderAction();

    expect(await screen.findByRole('link', { name: 'Anti-social behaviour' }, slow)).toHaveProperty('pathname', '/plans/plan-1');
    const themeHref = screen.getByRole('link', { name: 'Anti-social behaviour' }).getAttribute('href') ?? '';
    expect(themeHref).toBe('/plans/plan-1?theme=theme-1');
    // The plan tree reads that address as a filter on the action's theme.
    expect(readPlanTreeFilter(new URL(themeHref, 'http://localhost').searchParams).theme).toBe('theme-1');
    expect(screen.getByText('Rachel Merriman (primary)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'ASB calls to police' }).getAttribute('href')).toBe('/kpis/kpi-1');
    expect(screen.getByRole('link', { name: 'View the review’s recommendations' }).getAttribute('href')).toBe('/plans/plan-1/recommendations');
    expect(screen.getByText(/Answers recommendations/).parentElement?.textContent).toContain('12, 14');
    expect(screen.getByText('March 2020')).toBeTruthy();
    expect(screen.getByText('By a date')).toBeTruthy();

    const timeline = await screen.findByRole('heading', { level: 3, name: '10 February 2020 at 10:00am by Demo lead' }, slow);
    const update = timeline.closest('li') as HTMLElement;
    expect(within(update).getByText('Draft process shared with partners.')).toBeTruthy();
    expect(within(update).getByRole('link', { name: /minutes-feb-2020\.pdf/ }).getAttribute('href')).toBe('https://example.org/minutes-feb-2020.pdf');

    expect(await screen.findByText('Show the 1 recorded change', {}, slow)).toBeTruthy();
    const changes = screen.getByRole('table', { name: /^Changed by pm@example.org on 30 November 2026/ });
    expect(within(changes).getByRole('rowheader', { name: 'Due date' }).parentElement?.textContent).toBe('Due date31 January 202031 March 2020');
  });

  it('offers a programme manager every edit control', async () => {
    fakeApi();
    renderAction(testUsers.programmeManager);

    expect(await screen.findByRole('link', { name: 'Post a progress update' }, slow)).toHaveProperty('pathname', '/actions/action-1/update');
    expect(screen.getByRole('link', { name: 'Edit action' }).getAttribute('href')).toBe('/actions/action-1/edit');
    expect(screen.getByRole('link', { name: 'Correct the timescale of action ASB-3.4' }).getAttribute('href')).toBe('/actions/action-1/timescale');
  });

  it('lets a lead post an update on their own action, but not edit it', async () => {
    fakeApi();
    renderAction(testUsers.lead);

    expect(await screen.findByRole('link', { name: 'Post a progress update' }, slow)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Edit action' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Correct the timescale/ })).toBeNull();
  });

  it('shows a lead no edit control on an action they do not lead, nor a viewer on any', async () => {
    fakeApi(actionDto({ leads: [{ leadId: 'lead-9', name: 'Police', kind: 'Organisation', isPrimary: true }] }));
    renderAction(testUsers.lead);

    expect(await screen.findByRole('heading', { level: 1 }, slow)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Post a progress update' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Edit action' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Correct the timescale/ })).toBeNull();
  });

  it('asks for the ratings as at the date in the address', async () => {
    const fetchMock = fakeApi(actionDto({ rating: { ...actionDto().rating, asOf: '2020-03-31' } }));
    renderAction(testUsers.viewer, `${paths.actions.action.getHref('action-1')}?asOf=2020-03-31`);

    expect(await screen.findByRole('heading', { level: 2, name: 'Ratings as at 31 March 2020' }, slow)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Post a progress update' })).toBeNull();
    expect(screen.getByRole('link', { name: 'See the ratings as at today' }).getAttribute('href')).toBe('/actions/action-1');
    const actionCall = fetchMock.mock.calls.map(([input]) => String(input)).find((url) => url.startsWith('/api/v1/actions/action-1?'));
    expect(actionCall).toContain('asOf=2020-03-31');
  });

  it('says "Action not found" for an unknown id', async () => {
    fakeApi();
    renderAction(testUsers.programmeManager, paths.actions.action.getHref('no-such-action'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Action not found' }, slow)).toBeTruthy();
    await vi.waitFor(() => expect(document.title).toBe('Action not found – Delivery Tracker'));
  });

  it('says when the action could not be loaded', async () => {
    installFakeApi({ 'GET /api/v1/actions/:actionId': () => problem(503, { title: 'Service Unavailable' }) });
    renderAction();

    expect(await screen.findByRole('heading', { level: 1, name: 'The action could not be loaded' }, { timeout: 15_000 })).toBeTruthy();
  }, 20_000);
});
