import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ActionSummaryDto, CurrentUserDto } from '@/api/delivery-tracker-client';
import { PlanTreeRoute } from '@/app/routes/plans/plan-tree';
import { paths } from '@/config/paths';
import { actionSummary, buildPlan, planActions } from '@/testing/action-fixtures';
import { installFakeApi, problem, type FakeHandler } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

// Generous waits: the first render of a file pays for loading its modules, and this suite shares two cores.
const slow = { timeout: 15_000 };

/** The fake API's answer to the actions list: the given actions, as one page. */
function page(items: ActionSummaryDto[]) {
  return { items, nextCursor: null };
}

function renderTree(url: string, listActions: FakeHandler = () => page(planActions), user: CurrentUserDto = testUsers.programmeManager) {
  const fetchMock = installFakeApi({
    'GET /api/v1/plans/:planId': ({ params }) => (params.planId === 'plan-1' ? buildPlan() : problem(404, { title: 'Not Found' })),
    'GET /api/v1/actions': listActions,
  });
  const rendered = renderRoute({ path: paths.plans.plan.path, element: <PlanTreeRoute />, url, user });
  return { fetchMock, ...rendered };
}

/** The query strings of every actions-list request so far. */
function actionRequests(fetchMock: ReturnType<typeof installFakeApi>): URLSearchParams[] {
  return fetchMock.mock.calls
    .map(([input]) => new URL(String(input), 'http://localhost'))
    .filter((url) => url.pathname === '/api/v1/actions')
    .map((url) => url.searchParams);
}

/** The reference codes of the action rows on screen, in order. */
function visibleReferences(): string[] {
  return screen
    .getAllByRole('table')
    .flatMap((table) => within(table).getAllByRole('rowheader'))
    .map((cell) => cell.textContent ?? '');
}

function rowOf(reference: string): HTMLElement {
  return screen.getByRole('rowheader', { name: reference }).closest('tr') as HTMLElement;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the plan tree page', { timeout: 60_000 }, () => {
  it('shows themes (h2) and objectives (h3) with each action’s reference link, text, rating and reason, status, due date and lead', async () => {
    renderTree('/plans/plan-1');

    expect(await screen.findByText('Showing all 4 actions', {}, slow)).toBeTruthy();
    // The rows render in the background, just after the count.
    await screen.findAllByRole('table', {}, slow);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Tackling serious youth violence', 'CCTV Development']);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Develop a long-term approach to violence',
      'Reduce knife crime',
      'Establish a CCTV development strategy',
    ]);
    expect(visibleReferences()).toEqual(['SYV-1.1', 'SYV-1.2', 'SYV-2.1', 'CCTV-1.1']);

    const table = screen.getByRole('table', { name: 'Actions for the objective: Develop a long-term approach to violence' });
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Reference', 'Action', 'Rating', 'Status', 'Due', 'Lead']);
    expect(within(rowOf('SYV-1.1')).getByRole('link', { name: 'SYV-1.1' }).getAttribute('href')).toBe('/actions/a-1');
    expect(within(rowOf('SYV-1.1')).getAllByRole('cell').map((td) => td.textContent)).toEqual([
      'Map youth services across the borough',
      'Redoverdue since 30 Sep 2019',
      'In progress',
      '30 September 2019',
      'Natasha Bishopp',
    ]);
    // A reported rating in force: its words, who reported it and their justification.
    expect(within(rowOf('SYV-1.2')).getAllByRole('cell').map((td) => td.textContent)).toEqual([
      'Commission mentoring for young people at risk',
      'GreenReported Green by the lead on 1 March 2020: funding confirmed',
      'Not started',
      'No due date',
      'Pinakin Patel',
    ]);
    expect(within(rowOf('SYV-2.1')).getAllByRole('cell')[4]?.textContent).toBe('Lead to be agreed');

    const requests = actionRequests(vi.mocked(fetch));
    expect(requests.at(-1)?.toString()).toBe('planId=plan-1&limit=200');
  });

  it('sends the filters in the URL to the API, and starts the form from them', async () => {
    const { fetchMock } = renderTree(
      '/plans/plan-1?theme=theme-cctv&lead=l-pp&status=blocked&status=InProgress&rag=Red&overdue=true&dueSoon=true&stale=true&blocked=true&recommendation=34&q=camera&asOf=2020-03-31',
      () => page([planActions[3] as ActionSummaryDto]),
    );

    expect(await screen.findByText('Showing 1 of 4 actions, rated as at 31 March 2020', {}, slow)).toBeTruthy();
    await screen.findAllByRole('table', {}, slow);
    const request = actionRequests(fetchMock).at(-1);
    expect(request?.toString()).toBe(
      'planId=plan-1&themeId=theme-cctv&leadId=l-pp&status=InProgress&status=Blocked&rag=Red&overdue=true&dueSoon=true&stale=true&blocked=true&recommendation=34&q=camera&asOf=2020-03-31&limit=200',
    );
    // Themes and objectives with no matching action are left out.
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['CCTV Development']);
    expect(visibleReferences()).toEqual(['CCTV-1.1']);

    expect((screen.getByLabelText('Theme') as HTMLSelectElement).value).toBe('theme-cctv');
    expect((screen.getByLabelText('Lead') as HTMLSelectElement).value).toBe('l-pp');
    expect((screen.getByRole('checkbox', { name: 'Blocked' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'In progress' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Red' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Overdue' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Due soon' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Stale' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Waiting on a partner' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Recommendation number') as HTMLInputElement).value).toBe('34');
    expect((screen.getByLabelText('Search actions') as HTMLInputElement).value).toBe('camera');
    expect((screen.getByLabelText('Year') as HTMLInputElement).value).toBe('2020');
  });

  it('puts the chosen filters in the query string on "Apply filters", and "Clear filters" removes them', async () => {
    const user = userEvent.setup();
    const { router } = renderTree('/plans/plan-1', ({ query }) =>
      page(planActions.filter((action) => !query.get('themeId') || action.themeId === query.get('themeId'))),
    );
    await screen.findByText('Showing all 4 actions', {}, slow);

    await user.selectOptions(screen.getByLabelText('Theme'), 'Tackling serious youth violence');
    await user.selectOptions(screen.getByLabelText('Lead'), 'Pinakin Patel');
    await user.click(screen.getByRole('checkbox', { name: 'Not started' }));
    await user.click(screen.getByRole('checkbox', { name: 'Overdue' }));
    await user.click(screen.getByRole('checkbox', { name: 'Stale' }));
    await user.type(screen.getByLabelText('Search actions'), 'mentoring');
    await user.type(screen.getByLabelText('Day'), '31');
    await user.type(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '2020');
    // Nothing is asked of the API until the form is applied.
    expect(router.state.location.search).toBe('');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(router.state.location.search).toBe('?theme=theme-syv&lead=l-pp&status=NotStarted&overdue=true&stale=true&q=mentoring&asOf=2020-03-31');
    expect(await screen.findByText('Showing 3 of 4 actions, rated as at 31 March 2020', {}, slow)).toBeTruthy();
    expect(actionRequests(vi.mocked(fetch)).at(-1)?.toString()).toBe(
      'planId=plan-1&themeId=theme-syv&leadId=l-pp&status=NotStarted&overdue=true&stale=true&q=mentoring&asOf=2020-03-31&limit=200',
    );

    // Clearing keeps the "as at" date: it says when the ratings are for, not which actions are shown.
    await user.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('?asOf=2020-03-31');
    expect(await screen.findByText('Showing all 4 actions, rated as at 31 March 2020', {}, slow)).toBeTruthy();
    expect((screen.getByLabelText('Theme') as HTMLSelectElement).value).toBe('');
  });

  it('follows the browser’s back button to the previous filters', async () => {
    const user = userEvent.setup();
    const { router } = renderTree('/plans/plan-1?q=camera', ({ query }) =>
      page(planActions.filter((action) => action.text.toLowerCase().includes(query.get('q') ?? ''))),
    );
    await screen.findAllByRole('table', {}, slow);

    await user.clear(screen.getByLabelText('Search actions'));
    await user.type(screen.getByLabelText('Search actions'), 'youth');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await vi.waitFor(() => expect(visibleReferences()).toEqual(['SYV-1.1']), slow);

    await router.navigate(-1);
    await vi.waitFor(() => expect(visibleReferences()).toEqual(['CCTV-1.1']), slow);
    expect((screen.getByLabelText('Search actions') as HTMLInputElement).value).toBe('camera');
  });

  it('keeps the last list on the page, saying it is updating, until the next one arrives', async () => {
    const user = userEvent.setup();
    let release: (() => void) | undefined;
    renderTree('/plans/plan-1', async ({ query }) => {
      if (!query.get('q')) return page(planActions);
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return page([planActions[3] as ActionSummaryDto]);
    });
    await screen.findAllByRole('table', {}, slow);

    await user.type(screen.getByLabelText('Search actions'), 'camera');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByText('Updating the list of actions…', {}, slow)).toBeTruthy();
    expect(visibleReferences()).toEqual(['SYV-1.1', 'SYV-1.2', 'SYV-2.1', 'CCTV-1.1']);
    await vi.waitFor(() => expect(release).toBeDefined(), slow);
    release?.();
    expect(await screen.findByText('Showing 1 of 4 actions', {}, slow)).toBeTruthy();
    await vi.waitFor(() => expect(visibleReferences()).toEqual(['CCTV-1.1']), slow);
  });

  it('puts a large plan on the page a slice at a time, busy until the last theme is there', async () => {
    // Five themes of 60 actions each: more than one slice of about 100 rows.
    const themes = Array.from({ length: 5 }, (_, t) => ({
      id: `theme-${t}`,
      code: `T${t}`,
      title: `Theme ${t}`,
      position: t + 1,
      objectives: [{ id: `obj-${t}`, title: `Objective ${t}`, position: 1, actions: [] }],
    }));
    const many = themes.flatMap((theme, t) =>
      Array.from({ length: 60 }, (_, a) => actionSummary({ id: `a-${t}-${a}`, referenceCode: `T${t}-1.${a + 1}`, themeId: theme.id, objectiveId: `obj-${t}` })),
    );
    installFakeApi({
      'GET /api/v1/plans/:planId': () => buildPlan({ themes }),
      'GET /api/v1/actions': () => page(many),
    });
    renderRoute({ path: paths.plans.plan.path, element: <PlanTreeRoute />, url: '/plans/plan-1' });

    await screen.findAllByRole('table', {}, slow);
    const tree = document.querySelector('.app-plan-tree') as HTMLElement;
    await vi.waitFor(() => expect(tree.getAttribute('aria-busy')).toBeNull(), slow);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Theme 0', 'Theme 1', 'Theme 2', 'Theme 3', 'Theme 4']);
    expect(screen.getAllByRole('rowheader')).toHaveLength(300);
  });

  it('offers the 5-point scale’s ratings when the plan uses it', async () => {
    installFakeApi({
      'GET /api/v1/plans/:planId': () => buildPlan({ settings: { ...buildPlan().settings, ragScale: 'FivePoint' } }),
      'GET /api/v1/actions': () => page(planActions),
    });
    renderRoute({ path: paths.plans.plan.path, element: <PlanTreeRoute />, url: '/plans/plan-1' });

    const ratings = await screen.findByRole('group', { name: 'Rating' }, slow);
    expect(within(ratings).getAllByRole('checkbox').map((box) => box.nextSibling?.textContent)).toEqual([
      'Red',
      'Amber/Red',
      'Amber',
      'Amber/Green',
      'Green',
      'Complete',
      'Not rated',
    ]);
  });

  it('says so when no action matches, with a way to clear the filters', async () => {
    renderTree('/plans/plan-1?q=nothing', () => page([]));

    expect(await screen.findByRole('heading', { level: 2, name: 'No actions match these filters' }, slow)).toBeTruthy();
    expect(screen.getByText('Showing 0 of 4 actions')).toBeTruthy();
    expect(screen.queryAllByRole('table')).toHaveLength(0);
    expect(screen.getByRole('link', { name: 'clear the filters' }).getAttribute('href')).toBe('/plans/plan-1');
  });

  it('checks the recommendation number and date before changing the URL', async () => {
    const user = userEvent.setup();
    const { router, fetchMock } = renderTree('/plans/plan-1');
    await screen.findByText('Showing all 4 actions', {}, slow);
    const requestsBefore = actionRequests(fetchMock).length;

    await user.type(screen.getByLabelText('Recommendation number'), 'seven');
    await user.type(screen.getByLabelText('Day'), '31');
    await user.type(screen.getByLabelText('Month'), '2');
    await user.type(screen.getByLabelText('Year'), '2020');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Recommendation number must be a whole number, like 7', '#filter-recommendation'],
      ['Ratings as at must be a real date, like 31 3 2020', '#filter-as-of'],
    ]);
    expect(document.activeElement).toBe(summary);
    expect(screen.getByLabelText('Recommendation number').className).toContain('govuk-input--error');
    await vi.waitFor(() => expect(document.title).toBe('Error: Building Safer Communities – Delivery Plan – Delivery Tracker'));
    expect(router.state.location.search).toBe('');
    expect(actionRequests(fetchMock)).toHaveLength(requestsBefore);
    // What was typed stays, to be corrected.
    expect((screen.getByLabelText('Recommendation number') as HTMLInputElement).value).toBe('seven');
  });

  it('does not ask the API with a bad value from a hand-edited URL, and says which one', async () => {
    const { fetchMock } = renderTree('/plans/plan-1?recommendation=abc');

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getByRole('link', { name: 'Recommendation number must be a whole number, like 7' })).toBeTruthy();
    expect(await screen.findByText('Correct the filters to see the plan’s actions.', {}, slow)).toBeTruthy();
    expect(actionRequests(fetchMock)).toHaveLength(0);
  });

  it('shows the API’s validation problem beside the field it names', async () => {
    renderTree('/plans/plan-1?q=%22unclosed', () =>
      problem(400, { title: 'One or more validation errors occurred.', errors: { q: ['The search text is not valid.'] } }),
    );

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getByRole('link', { name: 'The search text is not valid.' }).getAttribute('href')).toBe('#filter-q');
    expect(screen.getByLabelText('Search actions').className).toContain('govuk-input--error');
  });

  it('says the actions could not be loaded when the API fails', async () => {
    // A 4xx, which is not retried (a 5xx is, with back-off, which only slows the test).
    renderTree('/plans/plan-1', () => problem(403, { title: 'Forbidden', detail: 'You may not read these actions.' }));

    expect(await screen.findByText('Sorry, there is a problem with the service', {}, slow)).toBeTruthy();
    expect(screen.getByText('You may not read these actions.')).toBeTruthy();
    expect(screen.queryAllByRole('table')).toHaveLength(0);
  });

  it('shows "Plan not found" for an unknown plan', async () => {
    renderTree('/plans/nope');

    expect(await screen.findByRole('heading', { level: 1, name: 'Plan not found' }, slow)).toBeTruthy();
    await vi.waitFor(() => expect(document.title).toBe('Plan not found – Delivery Tracker'));
  });

  it('links to the plan’s dashboard and recommendations, and only programme managers to editing and settings', async () => {
    renderTree('/plans/plan-1?asOf=2020-03-31');
    const links = await screen.findByRole('navigation', { name: 'This plan' }, slow);
    expect(within(links).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Dashboard', '/plans/plan-1/dashboard?asOf=2020-03-31'],
      ['Recommendations', '/plans/plan-1/recommendations'],
      ['Edit plan', '/plans/plan-1/edit'],
      ['Plan settings', '/plans/plan-1/settings'],
    ]);
  });

  it('shows a viewer no editing links', async () => {
    renderTree('/plans/plan-1', undefined, testUsers.viewer);
    const links = await screen.findByRole('navigation', { name: 'This plan' }, slow);
    expect(within(links).getAllByRole('link').map((link) => link.textContent)).toEqual(['Dashboard', 'Recommendations']);
  });
});
