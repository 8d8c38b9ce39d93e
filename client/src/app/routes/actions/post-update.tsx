// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function PostUpdateRoute() {
  usePageTitle('PostUpdateRoute');
  return <h1 className="govuk-heading-xl">PostUpdateRoute</h1>;
}
