import { useState } from 'react';

import type { ApiKeyDto, CreatedApiKeyDto } from '@/api/delivery-tracker-client';
import { ApiErrorMessage } from '@/components/errors/api-error-message';
import { ErrorSummary } from '@/components/govuk/error-summary';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { useCreateApiKey } from '@/features/api-keys/api/create-api-key';
import { useApiKeys } from '@/features/api-keys/api/list-api-keys';
import { useRevokeApiKey } from '@/features/api-keys/api/revoke-api-key';
import { ApiKeysTable } from '@/features/api-keys/components/api-keys-table';
import { CreateApiKeyForm, createApiKeyFields } from '@/features/api-keys/components/create-api-key-form';
import { CreatedApiKeyBanner } from '@/features/api-keys/components/created-api-key-banner';
import { useFormErrors } from '@/hooks/use-form-errors';
import { usePageTitle } from '@/hooks/use-page-title';
import { ApiProblemError } from '@/lib/api-client';

/** What the page last did, shown in a banner at the top. */
type Outcome = { kind: 'created'; created: CreatedApiKeyDto } | { kind: 'revoked'; name: string };

const missingExpiry = new ApiProblemError(400, {
  status: 400,
  title: 'One or more validation errors occurred.',
  errors: { expiresAt: ['Enter the date the key expires'] },
});

/**
 * The administrator's API keys page: the keys, a button to revoke each active one and a form to create another.
 * A new key is held only in this page's state, so it is gone once the user leaves.
 */
export function ApiKeysRoute() {
  const apiKeys = useApiKeys();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [localError, setLocalError] = useState<ApiProblemError | undefined>();
  const [attempt, setAttempt] = useState(0);
  // A new form after each key is created, so the next one starts empty.
  const [formVersion, setFormVersion] = useState(0);
  const create = useCreateApiKey({
    onCreated: (created) => {
      setOutcome({ kind: 'created', created });
      setFormVersion((previous) => previous + 1);
    },
  });
  const revoke = useRevokeApiKey();

  const errors = useFormErrors(localError ?? create.error, createApiKeyFields, { generalErrorHref: `#${createApiKeyFields[0].id}` });
  usePageTitle(errors.hasErrors ? 'Error: API keys' : 'API keys');
  const revokingId = revoke.isPending ? revoke.variables.id : undefined;

  function handleRevoke(key: ApiKeyDto) {
    revoke.mutate(key, { onSuccess: () => setOutcome({ kind: 'revoked', name: key.name }) });
  }

  return (
    <>
      {/* Keyed by attempt, so each failed attempt moves focus to the summary again. */}
      {errors.hasErrors ? <ErrorSummary key={attempt} items={errors.summaryItems} /> : null}
      {outcome?.kind === 'created' ? <CreatedApiKeyBanner created={outcome.created} /> : null}
      {outcome?.kind === 'revoked' ? (
        <NotificationBanner type="success" heading={`API key “${outcome.name}” revoked`}>
          <p className="govuk-body">It no longer works.</p>
        </NotificationBanner>
      ) : null}
      {revoke.isError ? <ApiErrorMessage error={revoke.error} /> : null}

      <h1 className="govuk-heading-xl">API keys</h1>
      <p className="govuk-body-l">Keys let other systems, such as the council's reporting tools, read from and write to the service.</p>

      {apiKeys.isPending ? (
        <p className="govuk-body" role="status">
          Loading API keys…
        </p>
      ) : apiKeys.isError ? (
        <ApiErrorMessage error={apiKeys.error} />
      ) : apiKeys.data.items.length === 0 ? (
        <p className="govuk-body">There are no API keys yet.</p>
      ) : (
        <ApiKeysTable apiKeys={apiKeys.data.items} onRevoke={handleRevoke} revokingId={revokingId} />
      )}

      <h2 className="govuk-heading-l">Create an API key</h2>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <CreateApiKeyForm
            key={formVersion}
            errors={errors}
            pending={create.isPending}
            onSubmit={({ expiresAt, ...request }) => {
              setAttempt((previous) => previous + 1);
              if (expiresAt === undefined) {
                create.reset();
                setLocalError(missingExpiry);
                return;
              }
              setLocalError(undefined);
              setOutcome(undefined);
              create.mutate({ ...request, expiresAt });
            }}
          />
        </div>
      </div>
    </>
  );
}
