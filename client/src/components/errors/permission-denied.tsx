import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';

/**
 * What a signed-in user sees on a page their roles do not open (the API would answer 403 anyway). `who` names the
 * roles that may, e.g. "programme managers"; administrators by default.
 */
export function PermissionDenied({ who = 'administrators' }: { who?: string }) {
  usePageTitle('You do not have permission to see this page');
  return (
    <>
      <h1 className="govuk-heading-xl">You do not have permission to see this page</h1>
      <p className="govuk-body">Only {who} can see this page.</p>
      <p className="govuk-body">If you think you should be able to, ask an administrator to give you the role.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.home.getHref()}>
          View all delivery plans
        </Link>
      </p>
    </>
  );
}
