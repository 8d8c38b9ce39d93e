import { Link, useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { useSignOut } from '@/features/auth/api/sign-out';

/**
 * The service navigation's account items: who is signed in (a link to their account page, where they set their email reminders) and a "Sign out" button (a
 * button, not a link: signing out changes something). Nothing while nobody is signed in. They follow the
 * notifications link, which pushes the account items to the right.
 */
export function AccountNavigation() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const signOut = useSignOut({ onSignedOut: () => navigate(paths.auth.signIn.getHref()) });

  if (!user.data) return null;
  return (
    <>
      <li className="govuk-service-navigation__item">
        <Link className="govuk-service-navigation__link" to={paths.account.settings.getHref()}>
          <span className="govuk-visually-hidden">Signed in as </span>
          {user.data.displayName}
        </Link>
      </li>
      <li className="govuk-service-navigation__item">
        <button
          type="button"
          className="app-service-navigation__button"
          onClick={() => {
            if (!signOut.isPending) signOut.mutate();
          }}
        >
          Sign out
        </button>
        {signOut.isError ? (
          <span className="govuk-error-message app-service-navigation__error" role="alert">
            <span className="govuk-visually-hidden">Error:</span> Signing out failed. Try again.
          </span>
        ) : null}
      </li>
    </>
  );
}
