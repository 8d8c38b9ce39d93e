import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { PlansListRoute } from '@/app/routes/plans/plans-list';
import { paths } from '@/config/paths';
import { installFakeApi } from '@/testing/fake-api';
import { renderRoute } from '@/testing/render-route';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the plans list', { timeout: 60_000 }, () => {
  it('links each plan to its tree and its dashboard', async () => {
    installFakeApi({
      'GET /api/v1/plans': () => ({
        items: [
          { id: 'plan-1', title: 'Building Safer Communities', periodStart: '2019-04-01', periodEnd: '2022-03-31', status: 'Active', ragScale: 'ThreePoint', themeCount: 6, actionCount: 90, updatedAt: '2026-01-01T00:00:00Z' },
        ],
        nextCursor: null,
      }),
    });
    renderRoute({ path: paths.home.path, element: <PlansListRoute />, url: '/' });

    const table = await screen.findByRole('table', { name: 'Delivery plans' }, { timeout: 15_000 });
    expect(within(table).getByRole('link', { name: 'Building Safer Communities' }).getAttribute('href')).toBe('/plans/plan-1');
    expect(within(table).getByRole('link', { name: 'Dashboard for Building Safer Communities' }).getAttribute('href')).toBe('/plans/plan-1/dashboard');
  });
});
