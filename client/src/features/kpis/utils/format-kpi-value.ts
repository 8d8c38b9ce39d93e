import type { KpiDirection, KpiUnit } from '@/api/delivery-tracker-client';

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 2, minimumFractionDigits: 0 });

/** A KPI figure in its unit, as the board reads it: "75%", "1,204", "3.2 per 1,000", "£12,500". */
export function formatKpiValue(value: number, unit: KpiUnit): string {
  switch (unit) {
    case 'Percent':
      return `${number.format(value)}%`;
    case 'RatePerThousand':
      return `${number.format(value)} per 1,000`;
    case 'Currency':
      return pounds.format(value);
    default:
      return number.format(value);
  }
}

/** A figure that may be missing: "None set" when there is none. */
export function formatOptionalKpiValue(value: number | null | undefined, unit: KpiUnit, none = 'None set'): string {
  return value === null || value === undefined ? none : formatKpiValue(value, unit);
}

/**
 * The values that rate Amber: on the wrong side of the target by no more than the tolerance (the API's
 * `kpi_ratings` rule), e.g. target 90%, tolerance 5, higher is better → 85% to 90%. Null without a target or tolerance.
 */
export function amberBand(target: number | null | undefined, tolerance: number | null | undefined, direction: KpiDirection): { from: number; to: number } | null {
  if (target === null || target === undefined || tolerance === null || tolerance === undefined) return null;
  return direction === 'HigherIsBetter' ? { from: target - tolerance, to: target } : { from: target, to: target + tolerance };
}

/** The amber band in words ("85% to 90%"), or "None set". */
export function formatAmberBand(target: number | null | undefined, tolerance: number | null | undefined, direction: KpiDirection, unit: KpiUnit): string {
  const band = amberBand(target, tolerance, direction);
  return band ? `${formatKpiValue(band.from, unit)} to ${formatKpiValue(band.to, unit)}` : 'None set';
}
