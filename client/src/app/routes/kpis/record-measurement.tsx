import { useState } from 'react';
import { useParams } from 'react-router';

import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { PermissionDenied } from '@/components/errors/permission-denied';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canWriteMeasurements } from '@/features/auth/utils/permissions';
import { useCreateMeasurement } from '@/features/kpis/api/create-measurement';
import { useKpi } from '@/features/kpis/api/get-kpi';
import { MeasurementForm, measurementFields } from '@/features/kpis/components/measurement-form';
import { formatKpiValue } from '@/features/kpis/utils/format-kpi-value';
import { emptyMeasurementForm, measurementRequestFrom, type MeasurementFormValues } from '@/features/kpis/utils/measurement-form-values';
import { useFormErrors } from '@/hooks/use-form-errors';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { usePageTitle } from '@/hooks/use-page-title';
import { ApiProblemError } from '@/lib/api-client';

/** The title PermissionDenied sets; said here too, as this page's own title effect runs after its child's. */
export const deniedTitle = 'You do not have permission to see this page';

/** `/kpis/:kpiId/measurements/new`: a programme manager records the KPI's value for a period. */
export function RecordMeasurementRoute() {
  const { kpiId = '' } = useParams();
  const kpi = useKpi(kpiId);
  const user = useCurrentUser();
  const create = useCreateMeasurement(kpiId);
  const navigateWithFlash = useNavigateWithFlash();
  const [values, setValues] = useState<MeasurementFormValues>(emptyMeasurementForm);
  const [localError, setLocalError] = useState<ApiProblemError | undefined>();
  const [attempt, setAttempt] = useState(0);
  const errors = useFormErrors(localError ?? create.error, measurementFields, { generalErrorHref: `#${measurementFields[0].id}` });
  const allowed = canWriteMeasurements(user.data);
  usePageTitle(!allowed ? deniedTitle : errors.hasErrors ? 'Error: Record a measurement' : 'Record a measurement');

  if (!allowed) return <PermissionDenied who="programme managers" />;

  function handleSubmit() {
    setAttempt((previous) => previous + 1);
    const { request, errors: typed } = measurementRequestFrom(values);
    if (typed) {
      create.reset();
      setLocalError(new ApiProblemError(400, { status: 400, title: 'One or more validation errors occurred.', errors: typed }));
      return;
    }
    setLocalError(undefined);
    create.mutate(request, {
      onSuccess: (measurement) =>
        navigateWithFlash(
          paths.kpis.kpi.getHref(kpiId),
          'Measurement recorded',
          `${measurement.periodLabel}: ${kpi.data ? formatKpiValue(measurement.value, kpi.data.unit) : measurement.value}`,
        ),
    });
  }

  return (
    <>
      <BackLink to={paths.kpis.kpi.getHref(kpiId)}>Back to the KPI</BackLink>
      {errors.hasErrors ? <ErrorSummary key={attempt} items={errors.summaryItems} /> : null}
      <QueryState query={kpi} loading="Loading the KPI…">
        {(data) => (
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-two-thirds">
              <span className="govuk-caption-l">{data.name}</span>
              <h1 className="govuk-heading-xl">Record a measurement</h1>
              <MeasurementForm
                values={values}
                onChange={setValues}
                unit={data.unit}
                errors={errors}
                pending={create.isPending}
                submitLabel="Record measurement"
                onSubmit={handleSubmit}
              />
            </div>
          </div>
        )}
      </QueryState>
    </>
  );
}
