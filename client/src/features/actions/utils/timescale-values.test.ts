import { describe, expect, it } from 'vitest';

import { toCorrectTimescaleRequest } from '@/features/actions/utils/timescale-values';
import type { ApiProblemError } from '@/lib/api-client';

const parts = (day: string, month: string, year: string) => ({ day, month, year });

describe('toCorrectTimescaleRequest', () => {
  it('sends only the dates the kind has', () => {
    expect(toCorrectTimescaleRequest({ kind: 'ByDate', startDate: parts('1', '3', '2019'), dueDate: parts('30', '6', '2027') })).toEqual({
      request: { kind: 'ByDate', startDate: undefined, dueDate: '2027-06-30' },
    });
    expect(toCorrectTimescaleRequest({ kind: 'ToBeAgreed', startDate: parts('1', '3', '2019'), dueDate: parts('x', '', '') })).toEqual({
      request: { kind: 'ToBeAgreed', startDate: undefined, dueDate: undefined },
    });
  });

  it('says which shown date is not a real date, without asking the API', () => {
    const result = toCorrectTimescaleRequest({ kind: 'Range', startDate: parts('31', '2', '2020'), dueDate: parts('', '', '') });
    expect('error' in result && (result.error as ApiProblemError).problem.errors).toEqual({
      startDate: ['Start date must be a real date, like 1 4 2020'],
    });
  });
});
