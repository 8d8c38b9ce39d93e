import type { UpdateLeadRequest } from '@/api/delivery-tracker-client';
import type { LeadFormValues } from '@/features/leads/components/lead-form';
import { ApiProblemError } from '@/lib/api-client';
import { orNull } from '@/lib/json-null';

/**
 * The problem the form shows itself when no kind is chosen: the generated request type needs one, and a request
 * without it would only come back as an unreadable "the JSON is invalid" problem.
 */
export const missingKind = new ApiProblemError(400, {
  status: 400,
  title: 'One or more validation errors occurred.',
  errors: { kind: ['Select what kind of lead this is'] },
});

/**
 * The request for the API from the form: every field (a PUT needs them all), blanks as null; or the problem to show
 * when the kind is missing. Nothing else is checked here: the API says what is wrong with the rest.
 */
export function leadRequest(values: LeadFormValues): UpdateLeadRequest | ApiProblemError {
  if (values.kind === '') return missingKind;
  return {
    name: values.name,
    kind: values.kind,
    organisationId: orNull(values.organisationId),
    email: orNull(values.email.trim()),
  };
}
