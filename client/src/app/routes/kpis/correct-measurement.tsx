// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function CorrectMeasurementRoute() {
  usePageTitle('CorrectMeasurementRoute');
  return <h1 className="govuk-heading-xl">CorrectMeasurementRoute</h1>;
}
