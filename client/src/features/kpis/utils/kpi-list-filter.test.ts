import { describe, expect, it } from 'vitest';

import { isKpiFilterActive, kpiListFilterFromSearch, kpiListFilterToQuery } from '@/features/kpis/utils/kpi-list-filter';

describe('the KPIs list filter in the URL', () => {
  it('reads every filter the API takes, ratings repeated', () => {
    const filter = kpiListFilterFromSearch(new URLSearchParams('planId=p1&rag=Red&rag=Stale&lifecycle=Reporting&q=%20knife%20'));
    expect(filter).toEqual({ planId: 'p1', rag: ['Red', 'Stale'], lifecycle: 'Reporting', q: 'knife' });
    expect(kpiListFilterToQuery(filter)).toBe('?planId=p1&rag=Red&rag=Stale&lifecycle=Reporting&q=knife');
  });

  it('leaves out values the API would refuse instead of failing the page', () => {
    const filter = kpiListFilterFromSearch(new URLSearchParams('rag=Purple&lifecycle=Someday&q='));
    expect(filter).toEqual({ planId: undefined, rag: undefined, lifecycle: undefined, q: undefined });
    expect(isKpiFilterActive(filter)).toBe(false);
    expect(kpiListFilterToQuery(filter)).toBe('');
  });
});
