import type { CreatedApiKeyDto } from '@/api/delivery-tracker-client';
import { NotificationBanner } from '@/components/govuk/notification-banner';

/** The new key, shown this once: the API keeps only its hash. */
export function CreatedApiKeyBanner({ created }: { created: CreatedApiKeyDto }) {
  return (
    <NotificationBanner type="success" heading={`API key “${created.apiKey.name}” created`}>
      <p className="govuk-body">
        <strong>Copy this key now. You will not be able to see it again.</strong>
      </p>
      <code className="app-code app-code--block">
        {created.key}
      </code>
      <p className="govuk-body">Send it in the <code className="app-code">X-Api-Key</code> header, or as <code className="app-code">Authorization: ApiKey …</code>.</p>
    </NotificationBanner>
  );
}
