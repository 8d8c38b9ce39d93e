// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function EditLeadRoute() {
  usePageTitle('EditLeadRoute');
  return <h1 className="govuk-heading-xl">EditLeadRoute</h1>;
}
