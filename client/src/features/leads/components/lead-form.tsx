import type { FormEvent, ReactNode } from 'react';

import type { LeadDto, LeadKind } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Input } from '@/components/govuk/input';
import { Radios } from '@/components/govuk/radios';
import { Select } from '@/components/govuk/select';
import { leadKinds } from '@/features/leads/utils/lead-kinds';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';

/** The form's fields: the names the API gives them in a validation problem, and their input ids. */
export const leadFormFields = [
  { name: 'name', id: 'lead-name' },
  { name: 'kind', id: 'lead-kind' },
  { name: 'organisationId', id: 'lead-organisation' },
  { name: 'email', id: 'lead-email' },
] as const satisfies readonly FormField[];

/** What the user has typed; '' for a kind not yet chosen, no organisation or no email. */
export type LeadFormValues = {
  name: string;
  kind: LeadKind | '';
  organisationId: string;
  email: string;
};

export const emptyLeadForm: LeadFormValues = { name: '', kind: '', organisationId: '', email: '' };

export function leadFormValues(lead: LeadDto): LeadFormValues {
  return { name: lead.name, kind: lead.kind, organisationId: lead.organisationId ?? '', email: lead.email ?? '' };
}

type LeadFormProps = {
  values: LeadFormValues;
  onChange: (values: LeadFormValues) => void;
  /** The leads of kind Organisation the lead may belong to (the lead itself is left out). */
  organisations: readonly Pick<LeadDto, 'id' | 'name'>[];
  errors: FormErrors;
  pending: boolean;
  submitText: string;
  onSubmit: () => void;
  /** More buttons or links beside the submit button ("Cancel"). */
  children?: ReactNode;
};

/**
 * Name, kind, organisation and email of a lead. The organisation is chosen from the leads of kind Organisation, so
 * "who belongs to which" is recorded as the API keeps it; the API checks the rest and says what is wrong.
 */
export function LeadForm({ values, onChange, organisations, errors, pending, submitText, onSubmit, children }: LeadFormProps) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit();
  }
  const set = (change: Partial<LeadFormValues>) => onChange({ ...values, ...change });

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Input
        id={leadFormFields[0].id}
        name="name"
        label="Name"
        hint="As it appears in the plan, for example “St Giles Trust” or “Community Safety Team”. Each lead has its own name."
        value={values.name}
        onChange={(name) => set({ name })}
        error={errors.fieldErrors.name}
        widthClass="govuk-!-width-two-thirds"
        autoComplete="off"
      />
      <Radios
        id={leadFormFields[1].id}
        name="kind"
        legend="What kind of lead is this?"
        items={leadKinds}
        value={values.kind}
        onChange={(kind) => set({ kind: kind as LeadKind })}
        error={errors.fieldErrors.kind}
      />
      <Select
        id={leadFormFields[2].id}
        name="organisationId"
        label="Organisation (optional)"
        hint="The partner organisation this lead belongs to, if any."
        options={[{ value: '', text: 'None' }, ...organisations.map((organisation) => ({ value: organisation.id, text: organisation.name }))]}
        value={values.organisationId}
        onChange={(organisationId) => set({ organisationId })}
        error={errors.fieldErrors.organisationId}
      />
      <Input
        id={leadFormFields[3].id}
        name="email"
        type="email"
        label="Email address (optional)"
        hint="Where reminders about the lead's actions are sent."
        value={values.email}
        onChange={(email) => set({ email })}
        error={errors.fieldErrors.email}
        widthClass="govuk-!-width-two-thirds"
        autoComplete="off"
        spellCheck={false}
      />
      <div className="govuk-button-group">
        <Button type="submit" disabled={pending}>
          {submitText}
        </Button>
        {children}
      </div>
    </form>
  );
}
