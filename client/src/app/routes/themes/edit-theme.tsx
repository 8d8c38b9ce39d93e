// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function EditThemeRoute() {
  usePageTitle('EditThemeRoute');
  return <h1 className="govuk-heading-xl">EditThemeRoute</h1>;
}
