import type { Chart, ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'react';

import { loadChart } from '@/components/charts/load-chart';

/** The charts the app draws: KPI lines and sparklines, and the dashboard's stacked bars. */
export type AppChartConfiguration = ChartConfiguration<'line'> | ChartConfiguration<'bar'>;

type ChartCanvasProps = {
  /** What the chart shows, in words, for screen readers (`role="img"`): the same figures are in a table beside it. */
  label: string;
  config: AppChartConfiguration;
  /** The chart's height in CSS pixels; it always takes the full width of its container. */
  height?: number;
  className?: string;
};

/**
 * A Chart.js chart on a canvas that screen readers announce as one image with a summary (`aria-label`); callers put
 * the same figures in a GOV.UK table, which is where the detail lives. Animation is off for everyone (WCAG 2.3.3 and
 * prefers-reduced-motion: figures that slide in help nobody read them). The chart is responsive within a box of fixed
 * height, so it narrows to a 320 px screen instead of overflowing it. Where a canvas cannot be drawn (old browsers,
 * jsdom) nothing is drawn and the table still carries the figures.
 */
export function ChartCanvas({ label, config, height = 300, className }: ChartCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || typeof canvas.getContext !== 'function') return;
    let chart: Chart | undefined;
    let cancelled = false;
    void loadChart()
      .then((ChartClass) => {
        if (cancelled) return;
        const context = canvas.getContext('2d');
        if (!context) return;
        const options = { ...config.options, animation: false as const, responsive: true, maintainAspectRatio: false };
        chart = new ChartClass(context, { ...config, options } as ChartConfiguration);
      })
      .catch(() => {
        // The chunk failed to load (offline, a new deployment): the table beside the chart still has every figure.
      });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [config]);

  return (
    <div className={['app-chart', className].filter(Boolean).join(' ')} style={{ height }}>
      <canvas ref={canvasRef} role="img" aria-label={label}>
        {label}
      </canvas>
    </div>
  );
}
