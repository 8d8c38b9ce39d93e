import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { KpisListRoute } from '@/app/routes/kpis/kpis-list';
import { paths } from '@/config/paths';
import { kpiSummaryFixture } from '@/features/kpis/testing/kpi-fixtures';
import { installFakeApi, problem } from '@/testing/fake-api';
import { renderRoute } from '@/testing/render-route';

// Generous waits: the first render of a file pays for loading its modules, and the machine's two cores are shared.
const slow = { timeout: 10_000 };

const plans = { items: [{ id: 'plan-1', title: 'Building Safer Communities – Delivery Plan' }], nextCursor: null };

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderList(url = '/kpis') {
  return renderRoute({ path: paths.kpis.list.path, element: <KpisListRoute />, url });
}

describe('KPIs list page', { timeout: 30_000 }, () => {
  it('shows each KPI with its rating in words and the reason, latest figure, target and owner, linking to the KPI', async () => {
    installFakeApi({
      'GET /api/v1/plans': () => plans,
      'GET /api/v1/kpis': () => ({ items: [kpiSummaryFixture()], nextCursor: null }),
    });
    renderList();

    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Loading the KPIs…');
    const table = await screen.findByRole('table', {}, slow);
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'Non-emergency domestic abuse calls attended within 60 minutes' }).getAttribute('href')).toBe('/kpis/kpi-da');
    expect(row.textContent).toContain('Red');
    expect(row.textContent).toContain('75% against a target of 90%');
    expect(row.textContent).toContain('2020-Q2');
    expect(row.textContent).toContain('90%');
    expect(row.textContent).toContain('Police');
    expect(document.title).toBe('KPIs – Delivery Tracker');
  });

  it('asks the API for the filters in the URL and puts newly applied filters in the URL', async () => {
    const fetchMock = installFakeApi({
      'GET /api/v1/plans': () => plans,
      'GET /api/v1/kpis': () => ({ items: [kpiSummaryFixture()], nextCursor: null }),
    });
    const { router } = renderList('/kpis?rag=Red&q=domestic');
    await screen.findByRole('table', {}, slow);

    const kpiRequest = new URL(String(fetchMock.mock.calls.find(([url]) => String(url).startsWith('/api/v1/kpis'))?.[0]), 'http://localhost');
    expect(kpiRequest.searchParams.getAll('rag')).toEqual(['Red']);
    expect(kpiRequest.searchParams.get('q')).toBe('domestic');
    expect(screen.getByRole('checkbox', { name: 'Red' })).toHaveProperty('checked', true);

    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Stale' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Plan' }), 'plan-1');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(router.state.location.pathname + router.state.location.search).toBe('/kpis?planId=plan-1&rag=Red&rag=Stale&q=domestic');
  });

  it('says when no KPI matches the filters', async () => {
    installFakeApi({ 'GET /api/v1/plans': () => plans, 'GET /api/v1/kpis': () => ({ items: [], nextCursor: null }) });
    renderList('/kpis?lifecycle=ToBeAgreed');

    expect(await screen.findByRole('heading', { name: 'No KPIs found' }, slow)).toBeTruthy();
    expect(screen.getByText('No KPI matches these filters. Change or clear the filters.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows the problem when the list cannot be loaded', async () => {
    // A 4xx, which the query client does not retry (a 5xx would be retried twice, seconds apart).
    installFakeApi({ 'GET /api/v1/plans': () => plans, 'GET /api/v1/kpis': () => problem(403, { title: 'Forbidden', detail: 'Your account may not read KPIs.' }) });
    renderList();

    expect(await screen.findByText('Sorry, there is a problem with the service', {}, slow)).toBeTruthy();
    expect(screen.getByText('Your account may not read KPIs.')).toBeTruthy();
  });
});
