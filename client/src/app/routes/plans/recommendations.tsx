// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function RecommendationsRoute() {
  usePageTitle('RecommendationsRoute');
  return <h1 className="govuk-heading-xl">RecommendationsRoute</h1>;
}
