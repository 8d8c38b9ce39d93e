import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';

type PermissionDeniedProps = {
  /** The people who may see the page: "administrators" unless the page says otherwise. */
  who?: string;
  /** Why the user may not see the page, e.g. the API's 403 detail; by default "Only <who> can see this page." */
  reason?: string;
  /** What they can do about it. */
  advice?: string;
};

/** What a signed-in user sees on a page their roles do not open (the API would answer 403 anyway). */
export function PermissionDenied({
  who = 'administrators',
  reason = `Only ${who} can see this page.`,
  advice = 'If you think you should be able to, ask an administrator to give you the role.',
}: PermissionDeniedProps) {
  usePageTitle('You do not have permission to see this page');
  return (
    <>
      <h1 className="govuk-heading-xl">You do not have permission to see this page</h1>
      <p className="govuk-body">{reason}</p>
      <p className="govuk-body">{advice}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.home.getHref()}>
          View all delivery plans
        </Link>
      </p>
    </>
  );
}
