import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { CurrentUserDto } from '@/api/delivery-tracker-client';
import { NewObjectiveRoute } from '@/app/routes/themes/new-objective';
import { paths } from '@/config/paths';
import { testThemes } from '@/features/plan-editing/testing/plan-fixtures';
import { installFakeApi, json, problem, type FakeRequest } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

const slow = { timeout: 5_000 };
const theme = testThemes()[0]!;

function renderNewObjective(user: CurrentUserDto = testUsers.programmeManager) {
  return renderRoute({ path: paths.themes.newObjective.path, element: <NewObjectiveRoute />, url: paths.themes.newObjective.getHref(theme.id), user });
}

describe('the new objective page', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows a missing title inline and in the summary', async () => {
    installFakeApi({
      'GET /api/v1/themes/:themeId': () => theme,
      'POST /api/v1/themes/:themeId/objectives': () => problem(400, { errors: { title: ['Enter the objective'] } }),
    });
    renderNewObjective();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add objective' }, slow));

    const summary = await screen.findByRole('alert', {}, slow);
    expect(within(summary).getByRole('link', { name: 'Enter the objective' }).getAttribute('href')).toBe('#objective-title');
    expect(screen.getByText('Enter the objective', { selector: '.govuk-error-message' })).toBeTruthy();
    expect(document.title).toBe('Error: Add an objective – Delivery Tracker');
  });

  it('creates the objective under the theme and goes back to the structure with a banner', async () => {
    // 201, as the API answers a create (the generated client reads no other status as success).
    const create = vi.fn((request: FakeRequest) =>
      json({ id: 'objective-3', planId: theme.planId, themeId: theme.id, title: (request.body as { title: string }).title, position: 3, actionCount: 0, updatedAt: '', etag: '"1"' }, 201),
    );
    installFakeApi({ 'GET /api/v1/themes/:themeId': () => theme, 'POST /api/v1/themes/:themeId/objectives': create });
    const { router } = renderNewObjective();
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Objective', {}, slow), 'Support victims');
    await user.click(screen.getByRole('button', { name: 'Add objective' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(paths.plans.edit.getHref(theme.planId)), slow);
    expect(create.mock.calls[0]![0].body).toEqual({ title: 'Support victims' });
    expect(router.state.location.state).toEqual({ flash: { heading: 'Objective 3 added to theme SYV', body: undefined } });
  });

  it('is not for viewers', async () => {
    installFakeApi({});
    renderNewObjective(testUsers.viewer);
    expect(await screen.findByText('Only programme managers can see this page.', {}, slow)).toBeTruthy();
  });
});
