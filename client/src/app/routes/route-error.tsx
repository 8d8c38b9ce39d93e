import { usePageTitle } from '@/hooks/use-page-title';

/** Shown in place of a page that failed while rendering; the header and footer stay. */
export function RouteErrorRoute() {
  usePageTitle('Sorry, there is a problem with the service');
  return (
    <>
      <h1 className="govuk-heading-xl">Sorry, there is a problem with the service</h1>
      <p className="govuk-body">Try again later.</p>
    </>
  );
}
