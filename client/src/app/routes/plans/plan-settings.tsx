// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function PlanSettingsRoute() {
  usePageTitle('PlanSettingsRoute');
  return <h1 className="govuk-heading-xl">PlanSettingsRoute</h1>;
}
