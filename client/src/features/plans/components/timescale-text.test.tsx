import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { TimescaleDto } from '@/api/delivery-tracker-client';
import { TimescaleText } from '@/features/plans/components/timescale-text';

function timescale(overrides: Partial<TimescaleDto>): TimescaleDto {
  return {
    raw: undefined,
    kind: 'Unknown',
    startDate: undefined,
    dueDate: undefined,
    confidence: 'None',
    isCorrected: false,
    note: undefined,
    ...overrides,
  };
}

function textOf(value: TimescaleDto): string {
  return render(<TimescaleText timescale={value} />).container.textContent ?? '';
}

describe('TimescaleText', () => {
  it('shows the raw text as written and the parsed due date the UK way', () => {
    expect(textOf(timescale({ raw: 'September 2019', kind: 'ByDate', dueDate: '2019-09-30', confidence: 'High' }))).toBe(
      'September 2019 — due 30 September 2019',
    );
  });

  it('never moves a due date by a day, whatever the time zone (the first of a month stays the first)', () => {
    expect(textOf(timescale({ raw: 'To March 2020', kind: 'ByDate', dueDate: '2020-03-01' }))).toBe('To March 2020 — due 1 March 2020');
  });

  it('shows both ends of a range', () => {
    expect(
      textOf(timescale({ raw: 'March 2019 – March 2020', kind: 'Range', startDate: '2019-03-01', dueDate: '2020-03-31' })),
    ).toBe('March 2019 – March 2020 — from 1 March 2019, due 31 March 2020');
  });

  it('says "to be agreed" for a timescale still to be agreed', () => {
    expect(textOf(timescale({ raw: 'KPI\u2019s to be agreed', kind: 'ToBeAgreed' }))).toBe('KPI\u2019s to be agreed — to be agreed');
    expect(textOf(timescale({ kind: 'ToBeAgreed' }))).toBe('To be agreed');
  });

  it('keeps text it could not read and flags it as not recognised', () => {
    expect(textOf(timescale({ raw: 'When funding allows', kind: 'Unknown' }))).toBe('When funding allows — not recognised');
  });

  it('shows start-only, ongoing and recurring readings, and marks corrected dates', () => {
    expect(textOf(timescale({ raw: 'Commence September 2019', kind: 'StartOnly', startDate: '2019-09-01' }))).toBe(
      'Commence September 2019 — starts 1 September 2019',
    );
    expect(textOf(timescale({ raw: 'Ongoing', kind: 'Ongoing' }))).toBe('Ongoing — ongoing');
    expect(textOf(timescale({ raw: 'Annual', kind: 'Recurring', startDate: '2019-04-01', dueDate: '2020-03-31' }))).toBe(
      'Annual — recurring, 1 April 2019 to 31 March 2020',
    );
    expect(textOf(timescale({ raw: 'Summer', kind: 'ByDate', dueDate: '2019-08-31', isCorrected: true }))).toBe(
      'Summer — due 31 August 2019 (corrected)',
    );
  });

  it('says "Not given" when the cell was empty', () => {
    expect(textOf(timescale({}))).toBe('Not given');
  });
});
