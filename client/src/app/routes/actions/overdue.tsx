// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function OverdueRoute() {
  usePageTitle('OverdueRoute');
  return <h1 className="govuk-heading-xl">OverdueRoute</h1>;
}
