import { Link } from 'react-router';

import { paths, queryString } from '@/config/paths';
import type { AttentionCountsDto } from '@/api/delivery-tracker-client';

/** The plan tree's filter names (the plan-tree page reads them), with what each count means. */
const attention = [
  { key: 'overdue', label: 'Overdue', hint: 'past their due date and not completed' },
  { key: 'dueSoon', label: 'Due soon', hint: 'due within the plan’s due-soon window' },
  { key: 'stale', label: 'Stale', hint: 'no progress update for too long' },
  { key: 'blocked', label: 'Blocked', hint: 'waiting on a partner' },
] as const satisfies readonly { key: keyof AttentionCountsDto; label: string; hint: string }[];

/** Four counts of actions needing attention as at the date, each a link to the plan tree filtered the same way. */
export function AttentionCounts({ planId, asOf, counts }: { planId: string; asOf: string; counts: AttentionCountsDto }) {
  return (
    <ul className="app-tiles" aria-label="Actions needing attention">
      {attention.map((item) => (
        <li key={item.key}>
          <Link className="govuk-link app-count" to={paths.plans.plan.getHref(planId, queryString({ [item.key]: 'true', asOf }))}>
            <span className="app-count__figure">{counts[item.key]}</span>
            {item.label}
            <span className="govuk-visually-hidden"> actions</span>
            <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{item.hint}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
