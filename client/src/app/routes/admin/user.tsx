// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function UserRoute() {
  usePageTitle('UserRoute');
  return <h1 className="govuk-heading-xl">UserRoute</h1>;
}
