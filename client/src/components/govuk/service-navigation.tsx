import type { ReactNode } from 'react';
import { Link } from 'react-router';

export type ServiceNavigationItem = {
  text: string;
  href: string;
  /** The user is in this section (`aria-current="true"`). */
  active?: boolean;
  /** The user is on this very page (`aria-current="page"`). */
  current?: boolean;
};

type ServiceNavigationProps = {
  serviceName: string;
  serviceHref: string;
  items?: ServiceNavigationItem[];
  /** GOV.UK's `navigationEnd` slot: further `<li className="govuk-service-navigation__item">`s after the items, such as account links. */
  navigationEnd?: ReactNode;
};

/**
 * GOV.UK service navigation (`govuk-service-navigation`): the service name and its main sections.
 * Rendered without the mobile menu toggle, which needs GOV.UK Frontend's script; the few links wrap instead.
 */
export function ServiceNavigation({ serviceName, serviceHref, items = [], navigationEnd }: ServiceNavigationProps) {
  return (
    <section aria-label="Service information" className="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <Link to={serviceHref} className="govuk-service-navigation__link">
              {serviceName}
            </Link>
          </span>
          {items.length > 0 || navigationEnd ? (
            <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list" id="navigation">
                {items.map((item) => (
                  <li
                    key={item.href}
                    className={item.active || item.current ? 'govuk-service-navigation__item govuk-service-navigation__item--active' : 'govuk-service-navigation__item'}
                  >
                    <Link
                      className="govuk-service-navigation__link"
                      to={item.href}
                      aria-current={item.current ? 'page' : item.active ? 'true' : undefined}
                    >
                      {item.active || item.current ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                    </Link>
                  </li>
                ))}
                {navigationEnd}
              </ul>
            </nav>
          ) : null}
        </div>
      </div>
    </section>
  );
}
