import { describe, expect, it } from 'vitest';

import type { KpiMeasurementDto } from '@/api/delivery-tracker-client';
import { changedFields } from '@/features/conflicts/utils/conflict';
import {
  comparedMeasurementFields,
  emptyMeasurementForm,
  measurementFormFrom,
  measurementRequestFrom,
} from '@/features/kpis/utils/measurement-form-values';

const recorded: KpiMeasurementDto = {
  id: 'm1',
  kpiId: 'k1',
  periodLabel: '2020-Q1',
  periodStart: '2020-01-01',
  periodEnd: '2020-03-31',
  value: 75,
  source: 'SNB report',
  note: undefined,
  recordedAt: '2020-05-01T09:00:00Z',
  updatedAt: '2020-05-01T09:00:00Z',
  etag: '"1"',
};

describe('measurementRequestFrom', () => {
  it('turns the typed form into the API request, commas and blanks included', () => {
    const form = { ...measurementFormFrom(recorded), value: ' 1,204.5 ', source: '  ', note: 'Provisional' };
    expect(measurementRequestFrom(form)).toEqual({
      request: { periodLabel: '2020-Q1', periodStart: '2020-01-01', periodEnd: '2020-03-31', value: 1204.5, source: undefined, note: 'Provisional' },
    });
  });

  it('leaves missing fields for the API to name', () => {
    expect(measurementRequestFrom(emptyMeasurementForm).request).toEqual({
      periodLabel: '',
      periodStart: undefined,
      periodEnd: undefined,
      value: undefined,
      source: undefined,
      note: undefined,
    });
  });

  it('names a date that does not exist and a value that is not a number, without asking the API', () => {
    const form = { ...measurementFormFrom(recorded), periodEnd: { day: '31', month: '2', year: '2020' }, value: 'seventy' };
    expect(measurementRequestFrom(form).errors).toEqual({
      periodEnd: ['The end of the period must be a real date, for example 30 6 2020'],
      value: ['The value must be a number, for example 75 or 1,204'],
    });
  });
});

describe('comparedMeasurementFields', () => {
  it('lists what the other person changed, beside what this user typed', () => {
    const theirs = { ...recorded, value: 78, note: 'Revised by the police' };
    const mine = { ...measurementFormFrom(recorded), value: '76' };
    expect(changedFields(comparedMeasurementFields, recorded, theirs, mine)).toEqual([
      { label: 'Value', before: '75', theirs: '78', mine: '76' },
      { label: 'Note', before: '', theirs: 'Revised by the police', mine: '' },
    ]);
  });
});
