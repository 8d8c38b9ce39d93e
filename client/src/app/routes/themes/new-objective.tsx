// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function NewObjectiveRoute() {
  usePageTitle('NewObjectiveRoute');
  return <h1 className="govuk-heading-xl">NewObjectiveRoute</h1>;
}
