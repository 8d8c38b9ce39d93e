// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function CorrectTimescaleRoute() {
  usePageTitle('CorrectTimescaleRoute');
  return <h1 className="govuk-heading-xl">CorrectTimescaleRoute</h1>;
}
