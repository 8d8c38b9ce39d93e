// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function DashboardRoute() {
  usePageTitle('DashboardRoute');
  return <h1 className="govuk-heading-xl">DashboardRoute</h1>;
}
