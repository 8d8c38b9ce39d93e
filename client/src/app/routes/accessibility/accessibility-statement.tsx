import { serviceName } from '@/config/paths';
import { usePageTitle } from '@/hooks/use-page-title';

const contactPlaceholder = '[community safety team email address]';

export function AccessibilityStatementRoute() {
  usePageTitle('Accessibility statement');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Accessibility statement for {serviceName}</h1>
        <p className="govuk-body">
          This statement applies to {serviceName}, the service the community safety partnership uses to track its delivery plans.
        </p>
        <p className="govuk-body">
          We want as many people as possible to be able to use this service. For example, that means you should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>navigate the whole service using just a keyboard or speech recognition software</li>
          <li>listen to the service using a screen reader</li>
        </ul>
        <p className="govuk-body">Every status is given in words as well as colour.</p>

        <h2 className="govuk-heading-l">How accessible this service is</h2>
        <p className="govuk-body">
          We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. The service is new (alpha) and
          has not yet had an independent accessibility audit, so it may have problems our own checks have not found.
        </p>

        <h2 className="govuk-heading-l">Feedback and contact information</h2>
        <p className="govuk-body">
          If you find a problem, or need information from this service in a different format, email {contactPlaceholder}. We
          will reply within 5 working days.
        </p>

        <h2 className="govuk-heading-l">Enforcement procedure</h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and
          Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). If you’re not happy
          with how we respond to your complaint, contact the{' '}
          <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
            Equality Advisory and Support Service (EASS)
          </a>
          .
        </p>

        <h2 className="govuk-heading-l">Technical information about this service’s accessibility</h2>
        <p className="govuk-body">
          The council is committed to making this service accessible, in accordance with the accessibility regulations.
        </p>
        <h3 className="govuk-heading-m">Compliance status</h3>
        <p className="govuk-body">
          We have not yet fully assessed this service against WCAG 2.2 AA, so we cannot yet say how far it complies. We will
          update this statement after an independent audit.
        </p>

        <h2 className="govuk-heading-l">How we tested this service</h2>
        <p className="govuk-body">
          Every change is checked automatically before release. Browser tests open the sign-in page (also with its error messages), the plans list, a plan and this statement
          in Chromium and run axe-core against the WCAG 2.0, 2.1 and 2.2 level A and AA rules; a change is not released while
          any of those rules fails. The pages are built from the GOV.UK Design System’s components, which are tested with
          assistive technologies by the Government Digital Service.
        </p>
        <p className="govuk-body">
          Automated tools find only some accessibility problems. We also check the pages with a keyboard alone.
        </p>

        <h2 className="govuk-heading-l">Preparation of this accessibility statement</h2>
        <p className="govuk-body">
          This statement was prepared while the service was in alpha. It will be reviewed before the service moves to beta.
        </p>
      </div>
    </div>
  );
}
