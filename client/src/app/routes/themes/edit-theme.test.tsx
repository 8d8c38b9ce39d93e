import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { EditThemeRoute } from '@/app/routes/themes/edit-theme';
import { paths } from '@/config/paths';
import { testThemes } from '@/features/plan-editing/testing/plan-fixtures';
import { installFakeApi, json, problem, type FakeRequest } from '@/testing/fake-api';
import { renderRoute } from '@/testing/render-route';

const slow = { timeout: 5_000 };
const theme = testThemes()[0]!;

function renderEditTheme() {
  return renderRoute({ path: paths.themes.edit.path, element: <EditThemeRoute />, url: paths.themes.edit.getHref(theme.id) });
}

describe('the edit theme page', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the API’s field errors inline and in the summary, linked to the field', async () => {
    installFakeApi({
      'GET /api/v1/themes/:themeId': () => theme,
      'PATCH /api/v1/themes/:themeId': () =>
        problem(400, { title: 'One or more validation errors occurred.', errors: { code: ['Use capital letters and digits, starting with a letter.'] } }),
    });
    renderEditTheme();
    const user = userEvent.setup();

    const code = await screen.findByLabelText('Code', {}, slow);
    await user.clear(code);
    await user.type(code, 'syv 1');
    await user.click(screen.getByRole('button', { name: 'Save theme' }));

    const summary = await screen.findByRole('alert', {}, slow);
    expect(within(summary).getByRole('link', { name: 'Use capital letters and digits, starting with a letter.' }).getAttribute('href')).toBe('#theme-code');
    expect(screen.getByText('Use capital letters and digits, starting with a letter.', { selector: '.govuk-error-message' })).toBeTruthy();
    expect(document.title).toBe('Error: Edit theme – Delivery Tracker');
  });

  it('sends a merge patch with the theme’s ETag and goes back to the structure', async () => {
    const patch = vi.fn((request: FakeRequest) => ({ ...theme, ...(request.body as object), etag: '"syv-v4"' }));
    installFakeApi({ 'GET /api/v1/themes/:themeId': () => theme, 'PATCH /api/v1/themes/:themeId': patch });
    const { router } = renderEditTheme();
    const user = userEvent.setup();

    const title = await screen.findByLabelText('Title', {}, slow);
    await user.clear(title);
    await user.type(title, 'Youth Violence');
    await user.click(screen.getByRole('button', { name: 'Save theme' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(paths.plans.edit.getHref(theme.planId)), slow);
    const request = patch.mock.calls[0]![0];
    expect(request.headers.get('If-Match')).toBe('"syv-v3"');
    expect(request.headers.get('Content-Type')).toBe('application/merge-patch+json');
    expect(request.body).toEqual({ code: 'SYV', title: 'Youth Violence' });
    expect(router.state.location.state).toEqual({ flash: { heading: 'Theme SYV saved', body: undefined } });
  });

  it('on 412 shows what the other person changed, and saves the user’s values again with the current ETag', async () => {
    const theirs = { ...theme, title: 'Serious Violence', etag: '"syv-v9"' };
    const patch = vi.fn((request: FakeRequest) =>
      request.headers.get('If-Match') === '"syv-v3"'
        ? json({ status: 412, title: 'Precondition Failed', current: theirs, currentETag: theirs.etag }, 412)
        : { ...theirs, ...(request.body as object), etag: '"syv-v10"' },
    );
    installFakeApi({ 'GET /api/v1/themes/:themeId': () => theme, 'PATCH /api/v1/themes/:themeId': patch });
    const { router } = renderEditTheme();
    const user = userEvent.setup();

    const title = await screen.findByLabelText('Title', {}, slow);
    await user.clear(title);
    await user.type(title, 'Youth Violence');
    await user.click(screen.getByRole('button', { name: 'Save theme' }));

    const panel = await screen.findByRole('alert', {}, slow);
    expect(within(panel).getByRole('heading', { name: 'Someone else changed this theme while you were editing' })).toBeTruthy();
    const row = within(panel).getByRole('row', { name: /Title/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Serious Youth Violence', 'Serious Violence', 'Youth Violence']);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Youth Violence');

    await user.click(within(panel).getByRole('button', { name: 'Save my changes again' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(paths.plans.edit.getHref(theme.planId)), slow);
    expect(patch.mock.calls[1]![0].headers.get('If-Match')).toBe('"syv-v9"');
    expect(patch.mock.calls[1]![0].body).toEqual({ code: 'SYV', title: 'Youth Violence' });
  });
});
