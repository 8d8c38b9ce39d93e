import type { ReactNode } from 'react';

import { Tag } from '@/components/govuk/tag';

type PhaseBannerProps = {
  phase: 'Alpha' | 'Beta';
  children: ReactNode;
};

/** GOV.UK phase banner (`govuk-phase-banner`); brings its own width container in GOV.UK Frontend 6. */
export function PhaseBanner({ phase, children }: PhaseBannerProps) {
  return (
    <div className="govuk-phase-banner govuk-width-container">
      <p className="govuk-phase-banner__content">
        <Tag className="govuk-phase-banner__content__tag">{phase}</Tag>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
