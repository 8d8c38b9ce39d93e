// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function NewActionRoute() {
  usePageTitle('NewActionRoute');
  return <h1 className="govuk-heading-xl">NewActionRoute</h1>;
}
