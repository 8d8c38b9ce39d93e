import { useId, type ReactNode } from 'react';

type NotificationBannerProps = {
  /** `important` (blue) for information and failures the user cannot fix; `success` (green) after an action. */
  type?: 'important' | 'success';
  title?: string;
  heading?: ReactNode;
  children?: ReactNode;
};

/** GOV.UK notification banner (`govuk-notification-banner`). */
export function NotificationBanner({ type = 'important', title, heading, children }: NotificationBannerProps) {
  const titleId = useId();
  const isSuccess = type === 'success';
  return (
    <div
      className={isSuccess ? 'govuk-notification-banner govuk-notification-banner--success' : 'govuk-notification-banner'}
      role={isSuccess ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (isSuccess ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading ? <p className="govuk-notification-banner__heading">{heading}</p> : null}
        {children}
      </div>
    </div>
  );
}
