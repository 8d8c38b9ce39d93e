import { Link } from 'react-router';

type BackLinkProps = {
  to: string;
  children?: string;
};

/** GOV.UK back link (`govuk-back-link`) to a known page, not to browser history. */
export function BackLink({ to, children = 'Back' }: BackLinkProps) {
  return (
    <Link to={to} className="govuk-back-link">
      {children}
    </Link>
  );
}
