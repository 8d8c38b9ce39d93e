import { Link, useParams } from 'react-router';

import { QueryState } from '@/components/states/query-state';
import { FlashBanner } from '@/components/states/flash-banner';
import { BackLink } from '@/components/govuk/back-link';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canWriteMeasurements } from '@/features/auth/utils/permissions';
import { useKpi } from '@/features/kpis/api/get-kpi';
import { useAllMeasurements } from '@/features/kpis/api/list-measurements';
import { KpiChart } from '@/features/kpis/components/kpi-chart';
import { KpiLinkedActions } from '@/features/kpis/components/kpi-linked-actions';
import { KpiRating } from '@/features/kpis/components/kpi-rating';
import { KpiSummary } from '@/features/kpis/components/kpi-summary';
import { MeasurementsTable } from '@/features/kpis/components/measurements-table';
import { usePageTitle } from '@/hooks/use-page-title';
import { isApiProblemError } from '@/lib/api-client';

/**
 * `/kpis/:kpiId`: the KPI's definition, its rating with the reason, a chart of its measurements against the target
 * and amber band with the same figures in a table, and the actions it measures. Programme managers record and correct
 * measurements from here.
 */
export function KpiRoute() {
  const { kpiId = '' } = useParams();
  const kpi = useKpi(kpiId);
  const measurements = useAllMeasurements(kpiId);
  const user = useCurrentUser();
  const canWrite = canWriteMeasurements(user.data);
  const notFound = isApiProblemError(kpi.error) && kpi.error.status === 404;
  usePageTitle(notFound ? 'KPI not found' : kpi.data ? kpi.data.name : 'KPI');

  if (notFound) {
    return (
      <>
        <h1 className="govuk-heading-xl">KPI not found</h1>
        <p className="govuk-body">There is no KPI at this address. It may have been deleted.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.kpis.list.getHref()}>
            View all KPIs
          </Link>
        </p>
      </>
    );
  }

  return (
    <>
      <BackLink to={paths.kpis.list.getHref()}>All KPIs</BackLink>
      <FlashBanner />
      <QueryState query={kpi} loading="Loading the KPI…">
        {(data) => (
          <>
            <span className="govuk-caption-l">KPI</span>
            <h1 className="govuk-heading-xl">{data.name}</h1>
            <KpiRating rating={data.rating} />
            {canWrite ? (
              <Link className="govuk-button" to={paths.kpis.record.getHref(data.id)} role="button" draggable={false}>
                Record a measurement
              </Link>
            ) : null}

            <h2 className="govuk-heading-l">Measurements</h2>
            <QueryState
              query={measurements}
              loading="Loading the measurements…"
              isEmpty={(items) => items.length === 0}
              empty={<p className="govuk-body">No measurements have been recorded for this KPI yet.</p>}
            >
              {(items) => (
                <>
                  <KpiChart kpi={data} measurements={items} />
                  <MeasurementsTable kpi={data} measurements={items} canCorrect={canWrite} />
                </>
              )}
            </QueryState>

            <h2 className="govuk-heading-l">About this KPI</h2>
            <KpiSummary kpi={data} />

            <h2 className="govuk-heading-l">Linked actions</h2>
            <KpiLinkedActions actions={data.actions} />
          </>
        )}
      </QueryState>
    </>
  );
}
