import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type FooterLink = {
  text: string;
  href: string;
};

type FooterProps = {
  /** Support links such as the accessibility statement. */
  metaLinks: FooterLink[];
  /** Text under the links, e.g. who runs the service. */
  children?: ReactNode;
};

/**
 * GOV.UK footer (`govuk-footer`) for a service not on GOV.UK: support links and the owner's text,
 * without the crown, the Open Government Licence and Crown copyright, which are GOV.UK's.
 */
export function Footer({ metaLinks, children }: FooterProps) {
  return (
    <div className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              {metaLinks.map((link) => (
                <li key={link.href} className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to={link.href}>
                    {link.text}
                  </Link>
                </li>
              ))}
            </ul>
            {children ? <div className="govuk-footer__meta-custom">{children}</div> : null}
          </div>
        </div>
      </div>
    </div>
  );
}
