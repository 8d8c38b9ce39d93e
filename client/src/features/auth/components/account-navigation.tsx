import { Link, useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { useSignOut } from '@/features/auth/api/sign-out';

/**
 * The header's account items: who is signed in (a link to their account page, where they set their email reminders)
 * and a "Sign out" button (a button, not a link: signing out changes something). Nothing while nobody is signed in.
 */
export function AccountNavigation() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const signOut = useSignOut({ onSignedOut: () => navigate(paths.auth.signIn.getHref()) });

  if (!user.data) return null;
  return (
    <>
      <li className="app-header__account-item">
        <Link className="app-header__account-link" to={paths.account.settings.getHref()}>
          <span className="govuk-visually-hidden">Signed in as </span>
          {user.data.displayName}
        </Link>
      </li>
      <li className="app-header__account-item">
        <button
          type="button"
          className="app-header__account-link app-header__account-button"
          onClick={() => {
            if (!signOut.isPending) signOut.mutate();
          }}
        >
          Sign out
        </button>
        {signOut.isError ? (
          <span className="app-header__account-error" role="alert">
            <span className="govuk-visually-hidden">Error:</span> Signing out failed. Try again.
          </span>
        ) : null}
      </li>
    </>
  );
}
