// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function ActionRoute() {
  usePageTitle('ActionRoute');
  return <h1 className="govuk-heading-xl">ActionRoute</h1>;
}
