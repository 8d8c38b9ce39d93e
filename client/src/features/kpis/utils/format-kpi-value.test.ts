import { describe, expect, it } from 'vitest';

import { amberBand, formatAmberBand, formatKpiValue, formatOptionalKpiValue } from '@/features/kpis/utils/format-kpi-value';

describe('formatKpiValue', () => {
  it('writes each unit the way the board reads it', () => {
    expect(formatKpiValue(75, 'Percent')).toBe('75%');
    expect(formatKpiValue(1204, 'Count')).toBe('1,204');
    expect(formatKpiValue(3.25, 'RatePerThousand')).toBe('3.25 per 1,000');
    expect(formatKpiValue(12500, 'Currency')).toBe('£12,500');
  });

  it('says when a figure is not set', () => {
    expect(formatOptionalKpiValue(undefined, 'Percent')).toBe('None set');
    expect(formatOptionalKpiValue(0, 'Percent')).toBe('0%');
  });
});

describe('amberBand', () => {
  it('lies below the target when higher is better and above it when lower is better', () => {
    expect(amberBand(90, 5, 'HigherIsBetter')).toEqual({ from: 85, to: 90 });
    expect(amberBand(100, 10, 'LowerIsBetter')).toEqual({ from: 100, to: 110 });
  });

  it('is not there without a target or a tolerance', () => {
    expect(amberBand(undefined, 5, 'HigherIsBetter')).toBeNull();
    expect(amberBand(90, undefined, 'HigherIsBetter')).toBeNull();
    expect(formatAmberBand(90, undefined, 'HigherIsBetter', 'Percent')).toBe('None set');
    expect(formatAmberBand(90, 5, 'HigherIsBetter', 'Percent')).toBe('85% to 90%');
  });
});
