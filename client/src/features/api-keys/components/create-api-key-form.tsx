import { useState, type FormEvent } from 'react';

import type { ApiKeyScope, CreateApiKeyRequest } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Checkboxes, type CheckboxItem } from '@/components/govuk/checkboxes';
import { Input } from '@/components/govuk/input';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';

/** The form's fields: the names the API gives them in a validation problem, and their input ids. */
export const createApiKeyFields = [
  { name: 'name', id: 'api-key-name' },
  { name: 'scopes', id: 'api-key-scopes' },
  { name: 'expiresAt', id: 'api-key-expires-at' },
] as const satisfies readonly FormField[];

const scopeItems: readonly (CheckboxItem & { value: ApiKeyScope })[] = [
  { value: 'plans:read', text: 'plans:read', hint: 'Read plans, themes, objectives and actions' },
  { value: 'kpis:read', text: 'kpis:read', hint: 'Read KPIs and their measurements' },
  { value: 'reports:read', text: 'reports:read', hint: 'Download reports' },
  { value: 'kpis:write', text: 'kpis:write', hint: 'Record KPI measurements' },
];

/** `yyyy-mm-dd` a year from today (UTC), the expiry offered by default. */
export function defaultExpiryDate(now: Date = new Date()): string {
  const next = new Date(Date.UTC(now.getUTCFullYear() + 1, now.getUTCMonth(), now.getUTCDate()));
  return next.toISOString().slice(0, 10);
}

type CreateApiKeyFormProps = {
  errors: FormErrors;
  /** True while the key is being created: a second press of the button does nothing. */
  pending: boolean;
  /** The request, or undefined for the expiry when no date was given (the page says so, as the API cannot). */
  onSubmit: (request: Omit<CreateApiKeyRequest, 'expiresAt'> & { expiresAt: string | undefined }) => void;
};

/**
 * Name, scopes and expiry date. The date is sent as the start of that day in UTC; otherwise the form checks nothing
 * itself: the API says what is wrong.
 */
export function CreateApiKeyForm({ errors, pending, onSubmit }: CreateApiKeyFormProps) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>([]);
  const [expiryDate, setExpiryDate] = useState(defaultExpiryDate);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    onSubmit({ name, scopes, expiresAt: expiryDate ? `${expiryDate}T00:00:00Z` : undefined });
  }

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Input
        id={createApiKeyFields[0].id}
        name="name"
        label="Name"
        hint="Who or what will use the key, for example “Council BI nightly pull”. Each key needs its own name."
        value={name}
        onChange={setName}
        error={errors.fieldErrors.name}
        widthClass="govuk-!-width-two-thirds"
      />
      <Checkboxes
        id={createApiKeyFields[1].id}
        name="scopes"
        legend="What may the key do?"
        hint="Select all that apply."
        items={scopeItems}
        values={scopes}
        onChange={(values) => setScopes(values as ApiKeyScope[])}
        error={errors.fieldErrors.scopes}
      />
      <Input
        id={createApiKeyFields[2].id}
        name="expiresAt"
        type="date"
        label="Expiry date"
        hint="The key stops working at the start of this day (UTC). It must be in the future and at most two years ahead."
        value={expiryDate}
        onChange={setExpiryDate}
        error={errors.fieldErrors.expiresAt}
        widthClass="govuk-input--width-10"
      />
      <Button type="submit" disabled={pending}>
        Create API key
      </Button>
    </form>
  );
}
