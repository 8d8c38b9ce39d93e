import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { EditObjectiveRoute } from '@/app/routes/objectives/edit-objective';
import { paths } from '@/config/paths';
import { testObjectives } from '@/features/plan-editing/testing/plan-fixtures';
import { installFakeApi, json, problem, type FakeRequest } from '@/testing/fake-api';
import { renderRoute } from '@/testing/render-route';

const slow = { timeout: 5_000 };
const objective = testObjectives('theme-syv')[1]!;

function renderEditObjective() {
  return renderRoute({ path: paths.objectives.edit.path, element: <EditObjectiveRoute />, url: paths.objectives.edit.getHref(objective.id) });
}

describe('the edit objective page', { timeout: 20_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the API’s error inline and in the summary', async () => {
    installFakeApi({
      'GET /api/v1/objectives/:objectiveId': () => objective,
      'PATCH /api/v1/objectives/:objectiveId': () => problem(400, { errors: { title: ['Enter the objective'] } }),
    });
    renderEditObjective();
    const user = userEvent.setup();

    await user.clear(await screen.findByLabelText('Objective', {}, slow));
    await user.click(screen.getByRole('button', { name: 'Save objective' }));

    const summary = await screen.findByRole('alert', {}, slow);
    expect(within(summary).getByRole('link', { name: 'Enter the objective' }).getAttribute('href')).toBe('#objective-title');
    expect(document.getElementById('objective-title-error')?.textContent).toContain('Enter the objective');
  });

  it('sends the objective’s ETag, and after a 412 and “Discard my changes” writes against the other person’s version', async () => {
    const theirs = { ...objective, title: 'Prevent and reduce violence', etag: '"o2-v8"' };
    const patch = vi.fn((request: FakeRequest) =>
      request.headers.get('If-Match') === '"o2-v5"'
        ? json({ status: 412, title: 'Precondition Failed', current: theirs, currentETag: theirs.etag }, 412)
        : { ...theirs, ...(request.body as object), etag: '"o2-v9"' },
    );
    installFakeApi({ 'GET /api/v1/objectives/:objectiveId': () => objective, 'PATCH /api/v1/objectives/:objectiveId': patch });
    const { router } = renderEditObjective();
    const user = userEvent.setup();

    const title = await screen.findByLabelText('Objective', {}, slow);
    await user.clear(title);
    await user.type(title, 'Stop violence');
    await user.click(screen.getByRole('button', { name: 'Save objective' }));

    const panel = await screen.findByRole('alert', {}, slow);
    expect(within(panel).getByRole('cell', { name: 'Prevent and reduce violence' })).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: 'Discard my changes' }));
    await waitFor(() => expect((screen.getByLabelText('Objective') as HTMLTextAreaElement).value).toBe('Prevent and reduce violence'), slow);
    await user.type(screen.getByLabelText('Objective'), ' in schools');
    await user.click(screen.getByRole('button', { name: 'Save objective' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(paths.plans.edit.getHref(objective.planId)), slow);
    expect(patch.mock.calls[0]![0].headers.get('If-Match')).toBe('"o2-v5"');
    expect(patch.mock.calls[1]![0].headers.get('If-Match')).toBe('"o2-v8"');
    expect(patch.mock.calls[1]![0].body).toEqual({ title: 'Prevent and reduce violence in schools' });
  });
});
