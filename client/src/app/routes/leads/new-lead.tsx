import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';

import { PermissionDenied } from '@/components/errors/permission-denied';
import { BackLink } from '@/components/govuk/back-link';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canEditPlans } from '@/features/auth/utils/permissions';
import { useCreateLead } from '@/features/leads/api/create-lead';
import { useOrganisations } from '@/features/leads/api/list-leads';
import { emptyLeadForm, LeadForm, leadFormFields, type LeadFormValues } from '@/features/leads/components/lead-form';
import { leadRequest } from '@/features/leads/utils/lead-request';
import { useNavigateWithFlash } from '@/hooks/use-flash';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { ApiProblemError } from '@/lib/api-client';

/** "Add a lead", for programme managers. `?organisationId=` starts the form with that organisation chosen. */
export function NewLeadRoute() {
  const user = useCurrentUser();
  if (!canEditPlans(user.data)) return <PermissionDenied who="programme managers" />;
  return <NewLeadPage />;
}

function NewLeadPage() {
  const [searchParams] = useSearchParams();
  const [values, setValues] = useState<LeadFormValues>({ ...emptyLeadForm, organisationId: searchParams.get('organisationId') ?? '' });
  const [localError, setLocalError] = useState<ApiProblemError | undefined>();
  const [attempt, setAttempt] = useState(0);
  const organisations = useOrganisations();
  const create = useCreateLead();
  const navigateWithFlash = useNavigateWithFlash();

  const errors = useFormErrors(localError ?? create.error, leadFormFields, { generalErrorHref: `#${leadFormFields[0].id}` });
  usePageTitle(errors.hasErrors ? 'Error: Add a lead' : 'Add a lead');

  function handleSubmit() {
    setAttempt((previous) => previous + 1);
    const request = leadRequest(values);
    if (request instanceof ApiProblemError) {
      create.reset();
      setLocalError(request);
      return;
    }
    setLocalError(undefined);
    create.mutate(request, {
      onSuccess: (lead) => navigateWithFlash(paths.leads.list.getHref(), `Lead “${lead.name}” added`),
    });
  }

  return (
    <>
      <BackLink to={paths.leads.list.getHref()}>Back to leads</BackLink>
      {/* Keyed by attempt, so each failed attempt moves focus to the summary again. */}
      {errors.hasErrors ? <ErrorSummary key={attempt} items={errors.summaryItems} /> : null}
      <h1 className="govuk-heading-xl">Add a lead</h1>
      <p className="govuk-body">
        A lead is whoever delivers an action: a person, team, role, partner organisation or board. Add people to their
        organisation so you can see who belongs to which.
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <LeadForm
            values={values}
            onChange={setValues}
            organisations={organisations.data ?? []}
            errors={errors}
            pending={create.isPending}
            submitText="Add lead"
            onSubmit={handleSubmit}
          >
            <Link className="govuk-link" to={paths.leads.list.getHref()}>
              Cancel
            </Link>
          </LeadForm>
        </div>
      </div>
    </>
  );
}
