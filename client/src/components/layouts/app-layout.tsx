import { useEffect, useRef, type ReactNode } from 'react';
import { Outlet, useLocation } from 'react-router';

import { Footer } from '@/components/govuk/footer';
import { Header } from '@/components/govuk/header';
import { PhaseBanner } from '@/components/govuk/phase-banner';
import { ServiceNavigation, type ServiceNavigationItem } from '@/components/govuk/service-navigation';
import { SkipLink } from '@/components/govuk/skip-link';
import { paths, serviceName } from '@/config/paths';

const mainId = 'main-content';

type AppLayoutProps = {
  /** The account items at the right of the header (notifications, who is signed in, "Sign out"): `<li>`s. */
  accountNavigation?: ReactNode;
  /** The service's sections the user may open (none when signed out), marked current or active for this path. */
  navigationItems?: ServiceNavigationItem[];
};

/** The GOV.UK page template: skip link, header and service navigation, phase banner, main, footer. */
export function AppLayout({ accountNavigation, navigationItems = [] }: AppLayoutProps) {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After client-side navigation, start the keyboard and screen reader user at the new page's content,
  // as a full page load would start them at the top.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <SkipLink targetId={mainId} />
      <header className="govuk-template__header">
        <Header organisationName="Community Safety Partnership" homeHref={paths.home.getHref()} account={accountNavigation} />
        <ServiceNavigation serviceName={serviceName} serviceHref={paths.home.getHref()} items={navigationItems} />
        <PhaseBanner phase="Alpha">This is a new service. Tell the community safety team what you think of it.</PhaseBanner>
      </header>
      <div className="govuk-width-container">
        <main ref={mainRef} className="govuk-main-wrapper govuk-skip-link-focused-element" id={mainId} tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <footer className="govuk-template__footer">
        <Footer metaLinks={[{ text: 'Accessibility statement', href: paths.accessibility.getHref() }]}>
          Run by the council's community safety team for the Community Safety Partnership.
        </Footer>
      </footer>
    </>
  );
}
