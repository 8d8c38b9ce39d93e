import type { Chart as ChartType } from 'chart.js';

let loading: Promise<typeof ChartType> | undefined;

/**
 * Chart.js, fetched the first time a chart is drawn: the import is dynamic so the library lands in its own chunk and
 * only the routes that draw charts (dashboard, KPI page) download it (the 150 kB initial-JavaScript budget).
 * Only the pieces our line and bar charts use are registered, which keeps that chunk small too.
 */
export function loadChart(): Promise<typeof ChartType> {
  loading ??= import('chart.js').then(
    ({ Chart, BarController, BarElement, CategoryScale, Filler, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip }) => {
      Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LineController, LineElement, LinearScale, PointElement, Tooltip);
      return Chart;
    },
  ).catch((error: unknown) => {
    // A failed chunk load (a dropped connection, a new deployment) must not stop every later chart: forget it and let
    // the next chart try again.
    loading = undefined;
    throw error;
  });
  return loading;
}
