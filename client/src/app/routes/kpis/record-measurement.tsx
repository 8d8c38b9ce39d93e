// STUB: replaced by the helper who builds this page.
import { usePageTitle } from '@/hooks/use-page-title';

export function RecordMeasurementRoute() {
  usePageTitle('RecordMeasurementRoute');
  return <h1 className="govuk-heading-xl">RecordMeasurementRoute</h1>;
}
