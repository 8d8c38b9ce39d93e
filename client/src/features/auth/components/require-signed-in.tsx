import { Navigate, Outlet, useLocation } from 'react-router';

import { ApiErrorMessage } from '@/components/errors/api-error-message';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';

/**
 * Shows its child routes only to a signed-in user; anyone else goes to the sign-in page, which brings them back here.
 * Also what sends the user to sign in when the session ends: any 401 clears the current user (see the app provider).
 */
export function RequireSignedIn() {
  const user = useCurrentUser();
  const location = useLocation();

  if (user.isPending) {
    return (
      <p className="govuk-body" role="status">
        Loading…
      </p>
    );
  }
  if (user.isError) return <ApiErrorMessage error={user.error} />;
  if (user.data === null) {
    return <Navigate to={paths.auth.signIn.getHref(`${location.pathname}${location.search}${location.hash}`)} replace />;
  }
  return <Outlet />;
}
