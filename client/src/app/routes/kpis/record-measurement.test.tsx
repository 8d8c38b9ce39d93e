import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { RecordMeasurementRoute } from '@/app/routes/kpis/record-measurement';
import { paths } from '@/config/paths';
import { kpiFixture, measurementFixture } from '@/features/kpis/testing/kpi-fixtures';
import type { FlashState } from '@/hooks/use-flash';
import { installFakeApi, json, problem } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

// Generous waits: the first render of a file pays for loading its modules, and the machine's two cores are shared.
const slow = { timeout: 10_000 };

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderForm(user = testUsers.programmeManager as (typeof testUsers)[keyof typeof testUsers]) {
  return renderRoute({ path: paths.kpis.record.path, element: <RecordMeasurementRoute />, url: '/kpis/kpi-da/measurements/new', user });
}

async function fillDate(legend: string, day: string, month: string, year: string) {
  const group = screen.getByRole('group', { name: legend });
  const user = userEvent.setup();
  await user.type(within(group).getByLabelText('Day'), day);
  await user.type(within(group).getByLabelText('Month'), month);
  await user.type(within(group).getByLabelText('Year'), year);
}

describe('Record a measurement page', { timeout: 30_000 }, () => {
  it('records the figure and goes back to the KPI with a success banner', async () => {
    const posted: unknown[] = [];
    installFakeApi({
      'GET /api/v1/kpis/:kpiId': () => kpiFixture(),
      'POST /api/v1/kpis/:kpiId/measurements': ({ body }) => {
        posted.push(body);
        return json(measurementFixture({ id: 'm-3', periodLabel: '2020-Q3', value: 88 }), 201);
      },
    });
    const { router } = renderForm();
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Period', {}, slow), '2020-Q3');
    await fillDate('First day of the period', '1', '7', '2020');
    await fillDate('Last day of the period', '30', '9', '2020');
    await user.type(screen.getByLabelText('Value'), '88');
    await user.type(screen.getByLabelText('Source (optional)'), 'SNB report, Nov 2020');
    await user.click(screen.getByRole('button', { name: 'Record measurement' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/kpis/kpi-da'), slow);
    expect(posted).toEqual([{ periodLabel: '2020-Q3', periodStart: '2020-07-01', periodEnd: '2020-09-30', value: 88, source: 'SNB report, Nov 2020' }]);
    expect((router.state.location.state as FlashState).flash).toEqual({ heading: 'Measurement recorded', body: '2020-Q3: 88%' });
  });

  it('shows the API\u2019s errors in the summary, linked to each field, and beside the fields', async () => {
    installFakeApi({
      'GET /api/v1/kpis/:kpiId': () => kpiFixture(),
      'POST /api/v1/kpis/:kpiId/measurements': () =>
        problem(400, {
          title: 'One or more validation errors occurred.',
          errors: { periodLabel: ['Enter the period as written'], periodEnd: ['The period cannot end (2020-06-01) before it starts (2020-07-01).'] },
        }),
    });
    renderForm();
    const user = userEvent.setup();
    const submit = await screen.findByRole('button', { name: 'Record measurement' }, slow);
    await fillDate('First day of the period', '1', '7', '2020');
    await fillDate('Last day of the period', '1', '6', '2020');
    await user.click(submit);

    const summary = await screen.findByRole('alert', {}, slow);
    expect(within(summary).getByRole('link', { name: 'Enter the period as written' }).getAttribute('href')).toBe('#measurement-period-label');
    expect(within(summary).getByRole('link', { name: /cannot end/ }).getAttribute('href')).toBe('#measurement-period-end');
    expect(screen.getByLabelText('Period').getAttribute('aria-describedby')).toContain('measurement-period-label-error');
    expect(document.title).toBe('Error: Record a measurement – Delivery Tracker');
  });

  it('says the period is already recorded when the API answers 409', async () => {
    installFakeApi({
      'GET /api/v1/kpis/:kpiId': () => kpiFixture(),
      'POST /api/v1/kpis/:kpiId/measurements': () => problem(409, { title: 'Conflict', detail: 'The KPI already has a value for 2020-Q1; correct that one instead.' }),
    });
    renderForm();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Record measurement' }, slow));

    expect(await screen.findByRole('link', { name: 'The KPI already has a value for 2020-Q1; correct that one instead.' }, slow)).toBeTruthy();
  });

  it('names a date that does not exist without asking the API', async () => {
    const fetchMock = installFakeApi({ 'GET /api/v1/kpis/:kpiId': () => kpiFixture() });
    renderForm();
    await screen.findByRole('button', { name: 'Record measurement' }, slow);
    await fillDate('Last day of the period', '31', '2', '2020');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Record measurement' }));

    expect(await screen.findByRole('link', { name: 'The end of the period must be a real date, for example 30 6 2020' }, slow)).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('is not offered to a board member', async () => {
    installFakeApi({ 'GET /api/v1/kpis/:kpiId': () => kpiFixture() });
    renderForm(testUsers.board);

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' }, slow)).toBeTruthy();
    expect(screen.getByText('Only programme managers can see this page.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Record measurement' })).toBeNull();
  });
});
