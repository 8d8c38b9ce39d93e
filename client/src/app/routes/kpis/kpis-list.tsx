// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function KpisListRoute() {
  usePageTitle('KpisListRoute');
  return <h1 className="govuk-heading-xl">KpisListRoute</h1>;
}
