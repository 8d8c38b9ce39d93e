import { useState } from 'react';
import { Link, useParams } from 'react-router';

import type { KpiMeasurementDto } from '@/api/delivery-tracker-client';
import { PermissionDenied } from '@/components/errors/permission-denied';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { QueryState } from '@/components/states/query-state';
import { paths } from '@/config/paths';
import { deniedTitle } from '@/app/routes/kpis/record-measurement';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canWriteMeasurements } from '@/features/auth/utils/permissions';
import { ConflictPanel } from '@/features/conflicts/components/conflict-panel';
import { useEditWithConflicts } from '@/features/conflicts/hooks/use-edit-with-conflicts';
import { useKpi } from '@/features/kpis/api/get-kpi';
import { useMeasurement } from '@/features/kpis/api/get-measurement';
import { useUpdateMeasurement } from '@/features/kpis/api/update-measurement';
import { MeasurementForm, measurementFields } from '@/features/kpis/components/measurement-form';
import { formatKpiValue } from '@/features/kpis/utils/format-kpi-value';
import {
  comparedMeasurementFields,
  measurementFormFrom,
  measurementRequestFrom,
  type MeasurementFormValues,
} from '@/features/kpis/utils/measurement-form-values';
import { useFormErrors } from '@/hooks/use-form-errors';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { usePageTitle } from '@/hooks/use-page-title';
import { ApiProblemError, isApiProblemError } from '@/lib/api-client';

/**
 * `/kpis/:kpiId/measurements/:measurementId/edit`: a programme manager corrects a recorded figure. The write sends the
 * version the form was filled from (`If-Match`); when someone corrected it first (412) the page shows what they
 * changed beside what this user typed, keeps the typed values, and can save them on top of the new version.
 */
export function CorrectMeasurementRoute() {
  const { kpiId = '', measurementId = '' } = useParams();
  const kpi = useKpi(kpiId);
  const measurement = useMeasurement(measurementId);
  const user = useCurrentUser();
  const allowed = canWriteMeasurements(user.data);
  const notFound = isApiProblemError(measurement.error) && measurement.error.status === 404;
  usePageTitle(!allowed ? deniedTitle : notFound ? 'Measurement not found' : 'Correct a measurement');

  if (!allowed) return <PermissionDenied who="programme managers" />;
  if (notFound) {
    return (
      <>
        <h1 className="govuk-heading-xl">Measurement not found</h1>
        <p className="govuk-body">It may have been deleted.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.kpis.kpi.getHref(kpiId)}>
            Back to the KPI
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <BackLink to={paths.kpis.kpi.getHref(kpiId)}>Back to the KPI</BackLink>
      <QueryState query={measurement} loading="Loading the measurement…">
        {(loaded) => (
          // Keyed by the measurement, so the form starts from what was loaded.
          <CorrectMeasurementForm key={loaded.id} loaded={loaded} kpiName={kpi.data?.name} unit={kpi.data?.unit ?? 'Count'} kpiId={kpiId} />
        )}
      </QueryState>
    </>
  );
}

type CorrectMeasurementFormProps = {
  loaded: KpiMeasurementDto;
  kpiId: string;
  kpiName: string | undefined;
  unit: Parameters<typeof formatKpiValue>[1];
};

function CorrectMeasurementForm({ loaded, kpiId, kpiName, unit }: CorrectMeasurementFormProps) {
  const update = useUpdateMeasurement(loaded.id);
  const navigateWithFlash = useNavigateWithFlash();
  const [values, setValues] = useState<MeasurementFormValues>(() => measurementFormFrom(loaded));
  const [localError, setLocalError] = useState<ApiProblemError | undefined>();
  const [attempt, setAttempt] = useState(0);
  // The version the user is editing: what they loaded, or the other person's once they choose to build on it.
  const edit = useEditWithConflicts<KpiMeasurementDto, MeasurementFormValues>({
    loaded,
    error: update.error,
    fields: comparedMeasurementFields,
    values,
    onDiscard: (current) => setValues(measurementFormFrom(current)),
    save: (etag, submitted) => {
      setAttempt((previous) => previous + 1);
      const { request, errors: typed } = measurementRequestFrom(submitted);
      if (typed) {
        update.reset();
        setLocalError(new ApiProblemError(400, { status: 400, title: 'One or more validation errors occurred.', errors: typed }));
        return;
      }
      setLocalError(undefined);
      update.mutate(
        { etag, request },
        {
          onSuccess: (saved) =>
            navigateWithFlash(paths.kpis.kpi.getHref(kpiId), 'Measurement corrected', `${saved.periodLabel}: ${formatKpiValue(saved.value, unit)}`),
        },
      );
    },
  });
  const errors = useFormErrors(localError ?? edit.error, measurementFields, {
    generalErrorHref: `#${measurementFields[0].id}`,
  });
  usePageTitle(edit.conflict || errors.hasErrors ? 'Error: Correct a measurement' : 'Correct a measurement');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {edit.conflict ? (
          <ConflictPanel key={attempt} what="this measurement" changes={edit.conflict} onReapply={edit.reapply} onDiscard={edit.discard} />
        ) : null}
        {errors.hasErrors ? <ErrorSummary key={attempt} items={errors.summaryItems} /> : null}
        {kpiName ? <span className="govuk-caption-l">{kpiName}</span> : null}
        <h1 className="govuk-heading-xl">Correct a measurement</h1>
        <MeasurementForm
          values={values}
          onChange={setValues}
          unit={unit}
          errors={errors}
          pending={update.isPending}
          submitLabel="Save correction"
          onSubmit={() => edit.submit(values)}
        />
      </div>
    </div>
  );
}
