import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { ChartCanvas } from '@/components/charts/chart-canvas';

const created: { config: { options: Record<string, unknown> }; destroyed: boolean }[] = [];

// Stands in for Chart.js: records what each chart was drawn with and whether it was torn down.
vi.mock('@/components/charts/load-chart', () => ({
  loadChart: async () =>
    class {
      record: (typeof created)[number];
      constructor(_context: unknown, config: (typeof created)[number]['config']) {
        this.record = { config, destroyed: false };
        created.push(this.record);
      }
      destroy() {
        this.record.destroyed = true;
      }
    },
}));

afterEach(() => {
  created.length = 0;
  vi.restoreAllMocks();
});

describe('ChartCanvas', () => {
  it('is one image with the summary as its name, drawn without animation and within its box, and torn down on leaving', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({} as CanvasRenderingContext2D);
    const { unmount } = render(
      <ChartCanvas label="Line chart of burglaries: 3 measurements." config={{ type: 'line', data: { labels: [], datasets: [] }, options: { plugins: {} } }} />,
    );

    expect(screen.getByRole('img', { name: 'Line chart of burglaries: 3 measurements.' }).tagName).toBe('CANVAS');
    await vi.waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]?.config.options).toEqual({ plugins: {}, animation: false, responsive: true, maintainAspectRatio: false });

    unmount();
    expect(created[0]?.destroyed).toBe(true);
  });

  it('draws nothing where a canvas cannot be drawn on, leaving the figures to the table', async () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    render(<ChartCanvas label="Bar chart." config={{ type: 'bar', data: { labels: [], datasets: [] } }} />);

    expect(screen.getByRole('img', { name: 'Bar chart.' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(created).toHaveLength(0);
  });
});
