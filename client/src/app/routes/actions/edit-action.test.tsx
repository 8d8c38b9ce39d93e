import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { EditActionRoute } from '@/app/routes/actions/edit-action';
import { paths } from '@/config/paths';
import { actionFormRoutes, testAction } from '@/features/plan-editing/testing/plan-fixtures';
import { installFakeApi, json, type FakeRequest } from '@/testing/fake-api';
import { renderRoute } from '@/testing/render-route';

const slow = { timeout: 5_000 };
const action = testAction();

function renderEditAction() {
  return renderRoute({ path: paths.actions.edit.path, element: <EditActionRoute />, url: paths.actions.edit.getHref(action.id) });
}

describe('the edit action page', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('starts from the action as read and sends the form’s fields as a merge patch with its ETag', async () => {
    const patch = vi.fn((request: FakeRequest) => ({ ...action, ...(request.body as object), timescale: action.timescale, etag: '"a1-v5"' }));
    installFakeApi({ ...actionFormRoutes, 'GET /api/v1/actions/:actionId': () => action, 'PATCH /api/v1/actions/:actionId': patch });
    const { router } = renderEditAction();
    const user = userEvent.setup();

    const status = await screen.findByRole('group', { name: 'Status' }, slow);
    expect((within(status).getByLabelText('In progress') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Primary lead') as HTMLSelectElement).value).toBe('lead-police');
    expect((screen.getByLabelText('Recommendation 7') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('link', { name: 'Delete this action' }).getAttribute('href')).toBe('/plans/plan-1/edit?delete=action&id=action-1');

    await user.click(within(status).getByLabelText('Blocked'));
    await user.clear(screen.getByLabelText('KPI (as written in the plan)'));
    await user.click(screen.getByRole('button', { name: 'Save action' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(paths.plans.edit.getHref('plan-1')), slow);
    const request = patch.mock.calls[0]![0];
    expect(request.headers.get('If-Match')).toBe('"a1-v4"');
    expect(request.body).toEqual({
      referenceCode: 'SYV-2.1',
      text: action.text,
      status: 'Blocked',
      kpiText: null,
      timescale: { raw: 'September 2019' },
      leads: [{ leadId: 'lead-police', isPrimary: true }],
      leadToBeAgreed: false,
      recommendationNumbers: [7],
      kpiIds: ['kpi-knife'],
    });
  });

  it('on 412 names what the other person changed in words, keeps the user’s values, and can start again from theirs', async () => {
    const theirs = testAction({
      leads: [{ leadId: 'lead-yos', name: 'Youth Offending Service', kind: 'Team', isPrimary: true }],
      etag: '"a1-v7"',
    });
    installFakeApi({
      ...actionFormRoutes,
      'GET /api/v1/actions/:actionId': () => action,
      'PATCH /api/v1/actions/:actionId': () => json({ status: 412, title: 'Precondition Failed', current: theirs, currentETag: theirs.etag }, 412),
    });
    renderEditAction();
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText('Primary lead', {}, slow), 'St Giles Trust');
    await user.click(screen.getByRole('button', { name: 'Save action' }));

    const panel = await screen.findByRole('alert', {}, slow);
    const row = within(panel).getByRole('row', { name: /Leads/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Police', 'Youth Offending Service', 'St Giles Trust']);
    expect(within(panel).queryByRole('row', { name: /Status/ })).toBeNull();
    expect(document.title).toBe('Error: Edit action – Delivery Tracker');

    await user.click(within(panel).getByRole('button', { name: 'Discard my changes' }));

    await waitFor(() => expect((screen.getByLabelText('Primary lead') as HTMLSelectElement).value).toBe('lead-yos'), slow);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
