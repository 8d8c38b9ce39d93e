import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { NewThemeRoute } from '@/app/routes/plans/new-theme';
import { paths } from '@/config/paths';
import { planId, testPlan, testThemes } from '@/features/plan-editing/testing/plan-fixtures';
import { installFakeApi, json, problem, type FakeRequest } from '@/testing/fake-api';
import { renderRoute } from '@/testing/render-route';

const slow = { timeout: 5_000 };

function renderNewTheme() {
  return renderRoute({ path: paths.plans.newTheme.path, element: <NewThemeRoute />, url: paths.plans.newTheme.getHref(planId) });
}

describe('the new theme page', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows each field the API names inline and in the summary', async () => {
    installFakeApi({
      'GET /api/v1/plans/:planId': () => testPlan(),
      'POST /api/v1/plans/:planId/themes': () => problem(400, { errors: { title: ['Enter the theme’s title'], code: ['Enter a code'] } }),
    });
    renderNewTheme();
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Add theme' }, slow));

    const summary = await screen.findByRole('alert', {}, slow);
    // In the form's order, whatever order the API sent them in.
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter a code', '#theme-code'],
      ['Enter the theme’s title', '#theme-title'],
    ]);
    expect(document.getElementById('theme-code-error')?.textContent).toContain('Enter a code');
    expect(document.getElementById('theme-title-error')?.textContent).toContain('Enter the theme’s title');
  });

  it('links a code the plan already has (409) to the code field', async () => {
    installFakeApi({
      'GET /api/v1/plans/:planId': () => testPlan(),
      'POST /api/v1/plans/:planId/themes': () => problem(409, { title: 'Conflict', detail: 'The plan already has a theme with the code SYV.' }),
    });
    renderNewTheme();
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Code', {}, slow), 'SYV');
    await user.type(screen.getByLabelText('Title'), 'Again');
    await user.click(screen.getByRole('button', { name: 'Add theme' }));

    const summary = await screen.findByRole('alert', {}, slow);
    expect(within(summary).getByRole('link', { name: 'The plan already has a theme with the code SYV.' }).getAttribute('href')).toBe('#theme-code');
  });

  it('creates the theme and goes back to the structure with a banner', async () => {
    const create = vi.fn((request: FakeRequest) => json({ ...testThemes()[1], ...(request.body as object), id: 'theme-new', position: 3 }, 201));
    installFakeApi({ 'GET /api/v1/plans/:planId': () => testPlan(), 'POST /api/v1/plans/:planId/themes': create });
    const { router } = renderNewTheme();
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Code', {}, slow), 'VAWG');
    await user.type(screen.getByLabelText('Title'), ' Violence Against Women and Girls ');
    await user.click(screen.getByRole('button', { name: 'Add theme' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(paths.plans.edit.getHref(planId)), slow);
    expect(create.mock.calls[0]![0].body).toEqual({ code: 'VAWG', title: 'Violence Against Women and Girls' });
    expect(router.state.location.state).toEqual({ flash: { heading: 'Theme VAWG added', body: undefined } });
  });
});
