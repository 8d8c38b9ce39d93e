import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { CurrentUserDto } from '@/api/delivery-tracker-client';
import { PlanStructureRoute } from '@/app/routes/plans/plan-structure';
import { paths } from '@/config/paths';
import { planId, testObjectives, testPlan, testThemes } from '@/features/plan-editing/testing/plan-fixtures';
import { installFakeApi, problem, type FakeRequest } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

const slow = { timeout: 5_000 };

/** The structure page's reads, and a plan whose theme order the reorder request changes (as the API would). */
function structureApi(overrides: Record<string, (request: FakeRequest) => unknown> = {}) {
  let plan = testPlan();
  return installFakeApi({
    'GET /api/v1/plans/:planId': () => plan,
    'GET /api/v1/themes': () => ({ items: testThemes(), nextCursor: null }),
    'GET /api/v1/objectives': ({ query }) => ({ items: testObjectives(query.get('themeId') ?? ''), nextCursor: null }),
    'PUT /api/v1/plans/:planId/themes/order': ({ body }) => {
      const ids = (body as { ids: string[] }).ids;
      plan = { ...plan, etag: '"plan-v2"', themes: ids.map((id) => plan.themes.find((theme) => theme.id === id)!) };
      return { items: [], nextCursor: null };
    },
    ...overrides,
  });
}

function renderStructure(url = paths.plans.edit.getHref(planId), user: CurrentUserDto = testUsers.programmeManager) {
  return renderRoute({ path: paths.plans.edit.path, element: <PlanStructureRoute />, url, user });
}

describe('the plan structure page', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists themes, objectives and actions in order with edit, delete and move controls named for each', async () => {
    structureApi();
    renderStructure();

    const syv = await screen.findByRole('region', { name: 'Theme SYV Serious Youth Violence' }, slow);
    expect(within(syv).getByRole('link', { name: 'Edit theme SYV' }).getAttribute('href')).toBe(paths.themes.edit.getHref('theme-syv'));
    expect(within(syv).getByRole('link', { name: 'Delete theme SYV' }).getAttribute('href')).toBe('/plans/plan-1/edit?delete=theme&id=theme-syv');
    // The first theme cannot move up; the last cannot move down.
    expect(within(syv).queryByRole('button', { name: 'Move up theme SYV' })).toBeNull();
    expect(await within(syv).findByRole('button', { name: 'Move down theme SYV' }, slow)).toBeTruthy();
    expect(within(syv).getByText('SYV-2.1')).toBeTruthy();
    expect(within(syv).getByText('Run weapons awareness sessions in every secondary school')).toBeTruthy();
    expect(within(syv).getByRole('link', { name: 'Add an action to objective 2 of theme SYV' }).getAttribute('href')).toBe(
      paths.objectives.newAction.getHref('objective-2'),
    );
    expect(screen.getByRole('link', { name: 'Add a theme' }).getAttribute('href')).toBe(paths.plans.newTheme.getHref(planId));
    expect(document.title).toBe('Plan structure – Delivery Tracker');
  });

  it('moves a theme down with the plan’s ETag and every theme id in the new order, says so, and keeps focus on it', async () => {
    const fetchMock = structureApi();
    renderStructure();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Move down theme SYV' }, slow));

    expect(await screen.findByText('Moved theme SYV down', {}, slow)).toBeTruthy();
    const call = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(String(call?.[0])).toBe('/api/v1/plans/plan-1/themes/order');
    expect(new Headers(call?.[1]?.headers).get('If-Match')).toBe('"plan-v1"');
    expect(JSON.parse(String(call?.[1]?.body))).toEqual({ ids: ['theme-ter', 'theme-syv'] });
    // SYV is now last: its Move up button has the focus, so the keyboard user can carry on.
    await waitFor(() => expect(document.activeElement?.id).toBe('move-up-theme-syv'), slow);
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings).toEqual(['Theme TER Tackling Terrorism', 'Theme SYV Serious Youth Violence']);
  });

  it('moves an action up with its objective’s ETag', async () => {
    const reorder = vi.fn((_request: FakeRequest) => ({ items: [], nextCursor: null }));
    structureApi({ 'PUT /api/v1/objectives/:objectiveId/actions/order': (request) => reorder(request) });
    renderStructure();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Move up action SYV-2.2' }, slow));

    await waitFor(() => expect(reorder).toHaveBeenCalledTimes(1), slow);
    const request = reorder.mock.calls[0]![0];
    expect(request.params.objectiveId).toBe('objective-2');
    expect(request.headers.get('If-Match')).toBe('"o2-v5"');
    expect(request.body).toEqual({ ids: ['action-2', 'action-1'] });
    expect(await screen.findByText('Moved action SYV-2.2 up', {}, slow)).toBeTruthy();
  });

  it('says when someone else changed the order first (412)', async () => {
    structureApi({ 'PUT /api/v1/plans/:planId/themes/order': () => problem(412, { title: 'Precondition Failed' }) });
    renderStructure();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Move down theme SYV' }, slow));

    expect(await screen.findByText('Someone else changed the order while you were looking', {}, slow)).toBeTruthy();
  });

  it('shows other roles the permission page and asks the API for nothing', async () => {
    const fetchMock = structureApi();
    renderStructure(undefined, testUsers.lead);

    expect(await screen.findByRole('heading', { name: 'You do not have permission to see this page' }, slow)).toBeTruthy();
    expect(screen.getByText('Only programme managers can see this page.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('the delete step', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists an objective’s actions and offers no delete button while it has them', async () => {
    structureApi({ 'GET /api/v1/objectives/:objectiveId': () => testObjectives('theme-syv')[1] });
    renderStructure('/plans/plan-1/edit?delete=objective&id=objective-2');

    expect(await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to delete objective 2 of theme SYV?' }, slow)).toBeTruthy();
    expect(screen.getByText(/You cannot delete this objective while it has 2 actions/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'SYV-2.1' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete objective' })).toBeNull();
  });

  it('deletes an empty theme with its ETag and goes back to the structure with a banner', async () => {
    const remove = vi.fn((_request: FakeRequest) => undefined);
    structureApi({
      'GET /api/v1/themes/:themeId': () => testThemes()[1],
      'DELETE /api/v1/themes/:themeId': (request) => remove(request),
    });
    renderStructure('/plans/plan-1/edit?delete=theme&id=theme-ter');
    const user = userEvent.setup();

    await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to delete theme TER?' }, slow);
    expect(document.title).toBe('Delete theme TER – Delivery Tracker');
    await user.click(screen.getByRole('button', { name: 'Delete theme' }));

    expect(await screen.findByText('Theme TER deleted', {}, slow)).toBeTruthy();
    const request = remove.mock.calls[0]![0];
    expect(request.params.themeId).toBe('theme-ter');
    expect(request.headers.get('If-Match')).toBe('"ter-v1"');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan structure' }, slow)).toBeTruthy();
  });

  it('shows the API’s problem when it refuses the delete (409)', async () => {
    structureApi({
      'GET /api/v1/themes/:themeId': () => testThemes()[1],
      'DELETE /api/v1/themes/:themeId': () => problem(409, { title: 'Conflict', detail: 'The theme has 1 objective(s); delete or move them first.' }),
    });
    renderStructure('/plans/plan-1/edit?delete=theme&id=theme-ter');
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Delete theme' }, slow));

    const summary = await screen.findByRole('alert', {}, slow);
    expect(within(summary).getByRole('link', { name: 'The theme has 1 objective(s); delete or move them first.' }).getAttribute('href')).toBe('#delete-button');
    expect(document.title).toBe('Error: Delete theme TER – Delivery Tracker');
  });
});
