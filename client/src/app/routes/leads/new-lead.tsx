// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function NewLeadRoute() {
  usePageTitle('NewLeadRoute');
  return <h1 className="govuk-heading-xl">NewLeadRoute</h1>;
}
