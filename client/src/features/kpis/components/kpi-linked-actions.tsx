import { Link } from 'react-router';

import type { KpiActionLinkDto } from '@/api/delivery-tracker-client';
import { paths } from '@/config/paths';

/** The actions the KPI measures, by reference code, each linking to its page. */
export function KpiLinkedActions({ actions }: { actions: readonly KpiActionLinkDto[] }) {
  if (actions.length === 0) return <p className="govuk-body">No actions are linked to this KPI.</p>;
  return (
    <ul className="govuk-list">
      {actions.map((action) => (
        <li key={action.actionId}>
          <Link className="govuk-link" to={paths.actions.action.getHref(action.actionId)}>
            {action.referenceCode}
          </Link>
        </li>
      ))}
    </ul>
  );
}
