// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function EditActionRoute() {
  usePageTitle('EditActionRoute');
  return <h1 className="govuk-heading-xl">EditActionRoute</h1>;
}
