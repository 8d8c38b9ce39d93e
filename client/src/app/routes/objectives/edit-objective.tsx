// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function EditObjectiveRoute() {
  usePageTitle('EditObjectiveRoute');
  return <h1 className="govuk-heading-xl">EditObjectiveRoute</h1>;
}
