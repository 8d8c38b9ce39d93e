import type { KpiDirection, KpiFrequency, KpiLifecycle, KpiUnit } from '@/api/delivery-tracker-client';

/** How each of a KPI's settings reads on a page: the API's enum values in the board's words. */
export const kpiUnitLabels: Record<KpiUnit, string> = {
  Count: 'Count',
  Percent: 'Percentage',
  RatePerThousand: 'Rate per 1,000 residents',
  Currency: 'Pounds (£)',
};

export const kpiDirectionLabels: Record<KpiDirection, string> = {
  HigherIsBetter: 'Higher is better',
  LowerIsBetter: 'Lower is better',
};

export const kpiFrequencyLabels: Record<KpiFrequency, string> = {
  Monthly: 'Monthly',
  Quarterly: 'Quarterly',
  Annual: 'Annual',
  AdHoc: 'When published (ad hoc)',
};

/** In the order a KPI moves through them. */
export const kpiLifecycleLabels: Record<KpiLifecycle, string> = {
  ToBeAgreed: 'To be agreed',
  Defined: 'Defined',
  Baselined: 'Baselined',
  Reporting: 'Reporting',
};

export const kpiLifecycles = Object.keys(kpiLifecycleLabels) as KpiLifecycle[];
