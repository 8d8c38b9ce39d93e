// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function NewThemeRoute() {
  usePageTitle('NewThemeRoute');
  return <h1 className="govuk-heading-xl">NewThemeRoute</h1>;
}
