// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function KpiRoute() {
  usePageTitle('KpiRoute');
  return <h1 className="govuk-heading-xl">KpiRoute</h1>;
}
