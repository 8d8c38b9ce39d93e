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
  {
    key: 'dashboard',
    header: 'Dashboard',
    cell: (plan) => (
      <Link className="govuk-link" to={paths.plans.dashboard.getHref(plan.id)}>
        Dashboard <span className="govuk-visually-hidden">for {plan.title}</span>
      </Link>
    ),
  },
];

/** The plans, each linked to its tree (the title) and its dashboard. */
export function PlansTable({ plans }: { plans: readonly PlanSummaryDto[] }) {
  // Six columns do not fit 320 px: the table scrolls sideways in its own focusable region instead of the page.
  return (
    <div className="app-table-scroll" tabIndex={0} role="region" aria-label="Delivery plans table">
      <Table caption="Delivery plans" captionHidden columns={columns} rows={plans} getRowKey={(plan) => plan.id} />
    </div>
  );
}
