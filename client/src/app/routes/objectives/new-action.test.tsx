import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { NewActionRoute } from '@/app/routes/objectives/new-action';
import { paths } from '@/config/paths';
import { actionFormRoutes, testAction, testObjectives } from '@/features/plan-editing/testing/plan-fixtures';
import { installFakeApi, json, problem, type FakeRequest } from '@/testing/fake-api';
import { renderRoute } from '@/testing/render-route';

const slow = { timeout: 5_000 };
const objective = testObjectives('theme-syv')[1]!;

function renderNewAction() {
  return renderRoute({ path: paths.objectives.newAction.path, element: <NewActionRoute />, url: paths.objectives.newAction.getHref(objective.id) });
}

describe('the new action page', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('offers the plan’s own and shared KPIs only, and the review’s recommendations', async () => {
    installFakeApi({ ...actionFormRoutes, 'GET /api/v1/objectives/:objectiveId': () => objective });
    renderNewAction();

    const kpis = await screen.findByRole('group', { name: 'KPIs that measure it' }, slow);
    expect(within(kpis).getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
      'KNIFE: Knife crime offences',
      'CALLS: Emergency calls answered in target',
    ]);
    const recommendations = screen.getByRole('group', { name: 'Recommendations it answers' });
    expect(within(recommendations).getByLabelText('Recommendation 12')).toBeTruthy();
  });

  it('leaves a blank reference to the API, marks the first lead primary and shows how the timescale is read', async () => {
    const create = vi.fn((request: FakeRequest) => json(testAction({ referenceCode: 'SYV-2.3', text: (request.body as { text: string }).text }), 201));
    installFakeApi({ ...actionFormRoutes, 'GET /api/v1/objectives/:objectiveId': () => objective, 'POST /api/v1/objectives/:objectiveId/actions': create });
    const { router } = renderNewAction();
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('What is to be done', {}, slow), 'Mentor young people at risk');
    await user.selectOptions(screen.getByLabelText('Primary lead'), 'St Giles Trust');
    await user.click(screen.getByRole('button', { name: 'Add another lead' }));
    await user.selectOptions(screen.getByLabelText('Lead 2'), 'Police');
    await user.click(screen.getByLabelText('Recommendation 7'));
    await user.click(screen.getByLabelText('CALLS: Emergency calls answered in target'));
    await user.type(screen.getByLabelText('Timescale (as written in the plan)'), 'September 2019');
    expect(await screen.findByText('Read as: due 30 September 2019 (high confidence).', {}, slow)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add action' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(paths.plans.edit.getHref('plan-1')), slow);
    expect(create.mock.calls[0]![0].body).toEqual({
      text: 'Mentor young people at risk',
      status: 'NotStarted',
      timescale: 'September 2019',
      leads: [
        { leadId: 'lead-stgiles', isPrimary: true },
        { leadId: 'lead-police', isPrimary: false },
      ],
      leadToBeAgreed: false,
      recommendationNumbers: [7],
      kpiIds: ['kpi-calls'],
    });
    expect(router.state.location.state).toEqual({ flash: { heading: 'Action SYV-2.3 added', body: undefined } });
  });

  it('shows a lead the API refuses beside that lead’s row, and in the summary', async () => {
    installFakeApi({
      ...actionFormRoutes,
      'GET /api/v1/objectives/:objectiveId': () => objective,
      'POST /api/v1/objectives/:objectiveId/actions': () => problem(400, { errors: { 'leads[1].leadId': ['No lead has this id.'], text: ['Enter what is to be done'] } }),
    });
    renderNewAction();
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText('Primary lead', {}, slow), 'Police');
    await user.click(screen.getByRole('button', { name: 'Add another lead' }));
    await user.selectOptions(screen.getByLabelText('Lead 2'), 'St Giles Trust');
    await user.click(screen.getByRole('button', { name: 'Add action' }));

    const summary = await screen.findByRole('alert', {}, slow);
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter what is to be done', '#action-text'],
      ['No lead has this id.', '#action-lead-1'],
    ]);
    expect(document.getElementById('action-lead-1-error')?.textContent).toContain('No lead has this id.');
    expect(document.title).toBe('Error: Add an action – Delivery Tracker');
  });

  it('makes “Lead to be agreed” and named leads exclusive', async () => {
    const create = vi.fn(() => json(testAction(), 201));
    installFakeApi({ ...actionFormRoutes, 'GET /api/v1/objectives/:objectiveId': () => objective, 'POST /api/v1/objectives/:objectiveId/actions': create });
    renderNewAction();
    const user = userEvent.setup();

    await user.selectOptions(await screen.findByLabelText('Primary lead', {}, slow), 'Police');
    await user.click(screen.getByLabelText('Lead to be agreed'));
    expect(screen.queryByLabelText('Primary lead')).toBeNull();
    await user.type(screen.getByLabelText('What is to be done'), 'Agree a lead');
    await user.click(screen.getByRole('button', { name: 'Add action' }));

    await waitFor(() => expect(create).toHaveBeenCalledTimes(1), slow);
    expect((create.mock.calls[0] as unknown as [FakeRequest])[0].body).toMatchObject({ leads: [], leadToBeAgreed: true });
  });
});
