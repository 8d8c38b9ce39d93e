import type { ReactNode } from 'react';
import { Link } from 'react-router';

type HeaderProps = {
  /** The organisation's name, shown as the logo text. */
  organisationName: string;
  homeHref: string;
  /**
   * The signed-in user's links at the right of the header (notifications, their account, "Sign out"): `<li>`s, put in
   * a navigation landmark named "Account". Kept out of the service navigation so its sections fit on one line.
   */
  account?: ReactNode;
};

/**
 * GOV.UK generic header (`govuk-generic-header`): the header for services that are not on GOV.UK, such as a
 * council's. The crown `govuk-header` is only for GOV.UK. The service name sits in the service navigation below.
 */
export function Header({ organisationName, homeHref, account }: HeaderProps) {
  return (
    <div className="govuk-generic-header">
      <div className="govuk-generic-header__container govuk-width-container app-header__container">
        <div className="govuk-generic-header__logo">
          <Link to={homeHref} className="govuk-generic-header__homepage-link">
            {organisationName}
          </Link>
        </div>
        {account ? (
          <nav aria-label="Account" className="app-header__account">
            <ul className="app-header__account-list">{account}</ul>
          </nav>
        ) : null}
      </div>
    </div>
  );
}
