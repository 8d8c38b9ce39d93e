import { Link } from 'react-router';

type HeaderProps = {
  /** The organisation's name, shown as the logo text. */
  organisationName: string;
  homeHref: string;
};

/**
 * GOV.UK generic header (`govuk-generic-header`): the header for services that are not on GOV.UK, such as a
 * council's. The crown `govuk-header` is only for GOV.UK. The service name sits in the service navigation below.
 */
export function Header({ organisationName, homeHref }: HeaderProps) {
  return (
    <div className="govuk-generic-header">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <Link to={homeHref} className="govuk-generic-header__homepage-link">
            {organisationName}
          </Link>
        </div>
      </div>
    </div>
  );
}
