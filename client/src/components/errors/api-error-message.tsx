import { ErrorSummary } from '@/components/govuk/error-summary';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { isApiProblemError } from '@/lib/api-client';

/**
 * Says what went wrong with an API call. A validation problem (with `errors` per field) becomes an error
 * summary listing each message; anything else becomes a notification banner with the problem's detail.
 */
export function ApiErrorMessage({ error }: { error: unknown }) {
  if (isApiProblemError(error)) {
    const fieldErrors = Object.entries(error.problem.errors ?? {});
    if (fieldErrors.length > 0) {
      return (
        <ErrorSummary
          items={fieldErrors.flatMap(([field, messages]) => messages.map((message) => ({ text: message, href: `#${field}` })))}
        />
      );
    }
    if (error.status === 0) {
      return (
        <NotificationBanner heading="The service could not be reached">
          <p className="govuk-body">Check your connection and try again.</p>
        </NotificationBanner>
      );
    }
    return (
      <NotificationBanner heading="Sorry, there is a problem with the service">
        {error.problem.detail ? <p className="govuk-body">{error.problem.detail}</p> : null}
        <p className="govuk-body">Try again later.</p>
      </NotificationBanner>
    );
  }
  return (
    <NotificationBanner heading="Sorry, there is a problem with the service">
      <p className="govuk-body">Try again later.</p>
    </NotificationBanner>
  );
}
