import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { CorrectMeasurementRoute } from '@/app/routes/kpis/correct-measurement';
import { paths } from '@/config/paths';
import { kpiFixture, measurementFixture } from '@/features/kpis/testing/kpi-fixtures';
import type { FlashState } from '@/hooks/use-flash';
import { installFakeApi, problem } from '@/testing/fake-api';
import { renderRoute } from '@/testing/render-route';

// Generous waits: the first render of a file pays for loading its modules, and the machine's two cores are shared.
const slow = { timeout: 10_000 };

afterEach(() => {
  vi.unstubAllGlobals();
});

function renderForm() {
  return renderRoute({ path: paths.kpis.correct.path, element: <CorrectMeasurementRoute />, url: '/kpis/kpi-da/measurements/m-1/edit' });
}

type Put = { ifMatch: string | null; body: unknown };

describe('Correct a measurement page', { timeout: 30_000 }, () => {
  it('fills the form from the measurement and saves the correction with If-Match', async () => {
    const puts: Put[] = [];
    installFakeApi({
      'GET /api/v1/kpis/:kpiId': () => kpiFixture(),
      'GET /api/v1/measurements/:measurementId': () => measurementFixture(),
      'PUT /api/v1/measurements/:measurementId': ({ body, headers }) => {
        puts.push({ ifMatch: headers.get('If-Match'), body });
        return measurementFixture({ value: 83, etag: '"m-1-v2"' });
      },
    });
    const { router } = renderForm();
    const user = userEvent.setup();

    const value = await screen.findByLabelText('Value', {}, slow);
    expect(value).toHaveProperty('value', '82');
    expect(screen.getByLabelText('Period')).toHaveProperty('value', '2020-Q1');
    await user.clear(value);
    await user.type(value, '83');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/kpis/kpi-da'), slow);
    expect(puts).toEqual([
      {
        ifMatch: '"m-1"',
        body: { periodLabel: '2020-Q1', periodStart: '2020-01-01', periodEnd: '2020-03-31', value: 83, source: 'Safer Neighbourhood Board report, Nov 2020' },
      },
    ]);
    expect((router.state.location.state as FlashState).flash?.heading).toBe('Measurement corrected');
  });

  it('on 412 shows what the other person changed beside the user\u2019s value, and saves the user\u2019s values on top of their version', async () => {
    const theirs = measurementFixture({ value: 79, note: 'Revised by the police', etag: '"m-1-theirs"' });
    const puts: Put[] = [];
    installFakeApi({
      'GET /api/v1/kpis/:kpiId': () => kpiFixture(),
      'GET /api/v1/measurements/:measurementId': () => measurementFixture(),
      'PUT /api/v1/measurements/:measurementId': ({ body, headers }) => {
        puts.push({ ifMatch: headers.get('If-Match'), body });
        if (headers.get('If-Match') !== theirs.etag) {
          return problem(412, { title: 'Precondition Failed', current: theirs, currentETag: theirs.etag });
        }
        return measurementFixture({ value: 83, etag: '"m-1-v3"' });
      },
    });
    const { router } = renderForm();
    const user = userEvent.setup();

    const value = await screen.findByLabelText('Value', {}, slow);
    await user.clear(value);
    await user.type(value, '83');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));

    const panel = await screen.findByRole('heading', { name: 'Someone else changed this measurement while you were editing' }, slow);
    const table = within(panel.parentElement!).getByRole('table', { name: 'What they changed' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual(['Value827983', 'NoteNoneRevised by the policeNone']);
    expect(screen.getByLabelText('Value')).toHaveProperty('value', '83');
    expect(document.title).toBe('Error: Correct a measurement – Delivery Tracker');

    await user.click(screen.getByRole('button', { name: 'Save my changes again' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/kpis/kpi-da'), slow);
    expect(puts.map((put) => put.ifMatch)).toEqual(['"m-1"', '"m-1-theirs"']);
    expect(puts[1]?.body).toMatchObject({ value: 83 });
  });

  it('says when the measurement does not exist', async () => {
    installFakeApi({
      'GET /api/v1/kpis/:kpiId': () => kpiFixture(),
      'GET /api/v1/measurements/:measurementId': () => problem(404, { title: 'Not Found' }),
    });
    renderForm();

    expect(await screen.findByRole('heading', { level: 1, name: 'Measurement not found' }, slow)).toBeTruthy();
    expect(document.title).toBe('Measurement not found – Delivery Tracker');
  });
});
