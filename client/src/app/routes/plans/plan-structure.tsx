// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function PlanStructureRoute() {
  usePageTitle('PlanStructureRoute');
  return <h1 className="govuk-heading-xl">PlanStructureRoute</h1>;
}
