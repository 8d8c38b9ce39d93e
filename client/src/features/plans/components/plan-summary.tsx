import type { PlanDto } from '@/api/delivery-tracker-client';
import { SummaryList } from '@/components/govuk/summary-list';
import { PlanStatusTag } from '@/features/plans/components/plan-status-tag';
import { formatPeriod } from '@/lib/format-date';

export function PlanSummary({ plan }: { plan: PlanDto }) {
  return (
    <SummaryList
      rows={[
        { key: 'Title', value: plan.title },
        { key: 'Period', value: formatPeriod(plan.periodStart, plan.periodEnd) },
        { key: 'Status', value: <PlanStatusTag status={plan.status} /> },
        ...(plan.sourceDocument ? [{ key: 'Source document', value: plan.sourceDocument }] : []),
      ]}
    />
  );
}
