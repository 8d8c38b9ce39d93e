import { Link } from 'react-router';

import type { PlanSummaryDto } from '@/api/delivery-tracker-client';
import { Table, type TableColumn } from '@/components/govuk/table';
import { paths } from '@/config/paths';
import { PlanStatusTag } from '@/features/plans/components/plan-status-tag';
import { formatPeriod } from '@/lib/format-date';

const columns: TableColumn<PlanSummaryDto>[] = [
  {
    key: 'title',
    header: 'Plan',
    cell: (plan) => (
      <Link className="govuk-link" to={paths.plans.plan.getHref(plan.id)}>
        {plan.title}
      </Link>
    ),
  },
  { key: 'period', header: 'Period', cell: (plan) => formatPeriod(plan.periodStart, plan.periodEnd) },
  { key: 'status', header: 'Status', cell: (plan) => <PlanStatusTag status={plan.status} /> },
  { key: 'themes', header: 'Themes', cell: (plan) => plan.themeCount, numeric: true },
  { key: 'actions', header: 'Actions', cell: (plan) => plan.actionCount, numeric: true },
];

export function PlansTable({ plans }: { plans: readonly PlanSummaryDto[] }) {
  return <Table caption="Delivery plans" captionHidden columns={columns} rows={plans} getRowKey={(plan) => plan.id} />;
}
