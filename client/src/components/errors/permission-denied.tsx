import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';

<<<<<<< HEAD
type PermissionDeniedProps = {
  /** Why the user may not see the page, e.g. the API's 403 detail. */
  reason?: string;
  /** What they can do about it. */
  advice?: string;
};

/** What a signed-in user sees on a page their roles do not open (the API would answer 403 anyway). */
export function PermissionDenied({
  reason = 'Only administrators can see this page.',
  advice = 'If you think you should be able to, ask an administrator to give you the role.',
}: PermissionDeniedProps) {
=======
/**
 * What a signed-in user sees on a page their roles do not open (the API would answer 403 anyway). `who` names the
 * people who may: "administrators" unless the page says otherwise.
 */
export function PermissionDenied({ who = 'administrators' }: { who?: string }) {
>>>>>>> feature/spa-people
  usePageTitle('You do not have permission to see this page');
  return (
    <>
      <h1 className="govuk-heading-xl">You do not have permission to see this page</h1>
<<<<<<< HEAD
      <p className="govuk-body">{reason}</p>
      <p className="govuk-body">{advice}</p>
=======
      <p className="govuk-body">Only {who} can see this page.</p>
      <p className="govuk-body">If you think you should be able to, ask an administrator to give you the role.</p>
>>>>>>> feature/spa-people
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.home.getHref()}>
          View all delivery plans
        </Link>
      </p>
    </>
  );
}
