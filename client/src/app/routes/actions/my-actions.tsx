// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function MyActionsRoute() {
  usePageTitle('MyActionsRoute');
  return <h1 className="govuk-heading-xl">MyActionsRoute</h1>;
}
