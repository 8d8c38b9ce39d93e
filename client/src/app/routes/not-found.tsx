import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';

export function NotFoundRoute() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-xl">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.home.getHref()}>
          View all delivery plans
        </Link>
      </p>
    </>
  );
}
