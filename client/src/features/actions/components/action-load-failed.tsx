import { Link } from 'react-router';

import { ApiErrorMessage } from '@/components/errors/api-error-message';
import { paths } from '@/config/paths';
import { isApiProblemError } from '@/lib/api-client';

/** True when the API answered 404: there is no action with that id. */
export function isNotFound(error: unknown): boolean {
  return isApiProblemError(error) && error.status === 404;
}

/**
 * What the action's pages show when the action could not be loaded: "Action not found" for an unknown id, the API's
 * problem otherwise. The page sets its own title from {@link isNotFound}.
 */
export function ActionLoadFailed({ error }: { error: unknown }) {
  if (isNotFound(error)) {
    return (
      <>
        <h1 className="govuk-heading-xl">Action not found</h1>
        <p className="govuk-body">There is no action at this address. If you typed or pasted it, check it is complete.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.home.getHref()}>
            View all delivery plans
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1 className="govuk-heading-xl">The action could not be loaded</h1>
      <ApiErrorMessage error={error} />
    </>
  );
}
