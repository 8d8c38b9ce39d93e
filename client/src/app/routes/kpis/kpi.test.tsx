import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { CurrentUserDto } from '@/api/delivery-tracker-client';
import { KpiRoute } from '@/app/routes/kpis/kpi';
import { paths } from '@/config/paths';
import { kpiFixture, measurementFixture } from '@/features/kpis/testing/kpi-fixtures';
import { installFakeApi, problem } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

// Generous waits: the first render of a file pays for loading its modules, and the machine's two cores are shared.
const slow = { timeout: 10_000 };

const measurements = [
  measurementFixture(),
  measurementFixture({ id: 'm-2', periodLabel: '2020-Q2', periodStart: '2020-04-01', periodEnd: '2020-06-30', value: 75, note: 'Taken up with the BCU' }),
];

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderKpi(user: CurrentUserDto = testUsers.programmeManager, url = '/kpis/kpi-da') {
  return renderRoute({ path: paths.kpis.kpi.path, element: <KpiRoute />, url, user });
}

describe('KPI page', { timeout: 30_000 }, () => {
  it('shows the definition, the rating with its reason, the chart and the same figures in a table, and linked actions', async () => {
    installFakeApi({
      'GET /api/v1/kpis/:kpiId': () => kpiFixture(),
      'GET /api/v1/kpis/:kpiId/measurements': () => ({ items: measurements, nextCursor: null }),
    });
    renderKpi(testUsers.viewer);

    expect(screen.getByRole('status').textContent).toBe('Loading the KPI…');
    expect(await screen.findByRole('heading', { level: 1, name: 'Non-emergency domestic abuse calls attended within 60 minutes' }, slow)).toBeTruthy();
    expect(screen.getByText('75% against a target of 90%, lower than the amber band (85%–90%)')).toBeTruthy();
    expect(screen.getByText('Rating:').parentElement?.textContent).toBe('Rating: Red');

    const chart = await screen.findByRole('img', {}, slow);
    expect(chart.getAttribute('aria-label')).toBe(
      'Line chart of Non-emergency domestic abuse calls attended within 60 minutes: 2 measurements, from 82% for 2020-Q1 to 75% for 2020-Q2, against a target of 90% with an amber band from 85% to 90%. The figures are in the table below.',
    );
    const table = screen.getByRole('table', { name: 'Measurements of Non-emergency domestic abuse calls attended within 60 minutes' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['82%', '75%']);
    expect(rows[1]?.textContent).toContain('Taken up with the BCU');
    expect(rows[1]?.textContent).toContain('85% to 90%');

    const summary = screen.getByText('Publication lag').closest('dl')!;
    expect(summary.textContent).toContain('Higher is better');
    expect(summary.textContent).toContain('45 days after the period ends');
    expect(summary.textContent).toContain('MPS BCU performance pack');
    expect(screen.getByRole('link', { name: 'VAWG-7.2' }).getAttribute('href')).toBe('/actions/action-vawg-72');

    // A viewer may not write measurements, so sees neither way to.
    expect(screen.queryByRole('button', { name: 'Record a measurement' })).toBeNull();
    expect(screen.queryByRole('link', { name: /Correct/ })).toBeNull();
    expect(document.title).toBe('Non-emergency domestic abuse calls attended within 60 minutes – Delivery Tracker');
  });

  it('offers a programme manager to record a measurement and to correct each one', async () => {
    installFakeApi({
      'GET /api/v1/kpis/:kpiId': () => kpiFixture(),
      'GET /api/v1/kpis/:kpiId/measurements': () => ({ items: measurements, nextCursor: null }),
    });
    renderKpi();

    expect((await screen.findByRole('button', { name: 'Record a measurement' }, slow)).getAttribute('href')).toBe('/kpis/kpi-da/measurements/new');
    // jsdom drops the space before the visually hidden words; a browser reads "Correct the measurement for 2020-Q2".
    const correct = await screen.findByRole('link', { name: /^Correct\s*the measurement for 2020-Q2$/ }, slow);
    expect(correct.getAttribute('href')).toBe('/kpis/kpi-da/measurements/m-2/edit');
  });

  it('says when there are no measurements yet, with no chart', async () => {
    installFakeApi({
      'GET /api/v1/kpis/:kpiId': () => kpiFixture({ latestMeasurement: undefined }),
      'GET /api/v1/kpis/:kpiId/measurements': () => ({ items: [], nextCursor: null }),
    });
    renderKpi();

    expect(await screen.findByText('No measurements have been recorded for this KPI yet.', {}, slow)).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('says when the KPI does not exist', async () => {
    installFakeApi({
      'GET /api/v1/kpis/:kpiId': () => problem(404, { title: 'Not Found' }),
      'GET /api/v1/kpis/:kpiId/measurements': () => problem(404, { title: 'Not Found' }),
    });
    renderKpi();

    expect(await screen.findByRole('heading', { level: 1, name: 'KPI not found' }, slow)).toBeTruthy();
    expect(document.title).toBe('KPI not found – Delivery Tracker');
  });

  it('shows the problem when the KPI cannot be loaded', async () => {
    installFakeApi({
      'GET /api/v1/kpis/:kpiId': () => problem(403, { title: 'Forbidden', detail: 'Your account may not read KPIs.' }),
      'GET /api/v1/kpis/:kpiId/measurements': () => ({ items: [], nextCursor: null }),
    });
    renderKpi();

    expect(await screen.findByText('Your account may not read KPIs.', {}, slow)).toBeTruthy();
  });
});
