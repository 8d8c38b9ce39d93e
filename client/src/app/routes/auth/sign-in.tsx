import { Navigate, useNavigate, useSearchParams } from 'react-router';

import { ErrorSummary } from '@/components/govuk/error-summary';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { useSignIn } from '@/features/auth/api/sign-in';
import { SignInForm, signInFields } from '@/features/auth/components/sign-in-form';
import { safeReturnPath } from '@/features/auth/utils/return-path';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';

/**
 * The sign-in page. Once signed in, the user goes back to the page they were sent here from, or the plans list; a
 * user who is already signed in goes there at once.
 */
export function SignInRoute() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const errors = useFormErrors(signIn.error, signInFields, { generalErrorHref: `#${signInFields[0].id}` });
  usePageTitle(errors.hasErrors ? 'Error: Sign in' : 'Sign in');
  const user = useCurrentUser();

  // Someone already signed in has nothing to do here: on to where they were going.
  if (user.data && !signIn.isPending) return <Navigate to={safeReturnPath(searchParams.get('returnTo'))} replace />;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {/* Keyed by attempt, so each failed attempt moves focus to the summary again. */}
        {errors.hasErrors ? <ErrorSummary key={signIn.submittedAt} items={errors.summaryItems} /> : null}
        <h1 className="govuk-heading-xl">Sign in</h1>
        <SignInForm
          errors={errors}
          pending={signIn.isPending}
          onSubmit={(request) =>
            signIn.mutate(request, {
              onSuccess: () => navigate(safeReturnPath(searchParams.get('returnTo')), { replace: true }),
            })
          }
        />
      </div>
    </div>
  );
}
