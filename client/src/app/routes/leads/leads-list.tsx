// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function LeadsListRoute() {
  usePageTitle('LeadsListRoute');
  return <h1 className="govuk-heading-xl">LeadsListRoute</h1>;
}
