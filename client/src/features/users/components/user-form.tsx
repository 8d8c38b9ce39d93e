import type { FormEvent, ReactNode } from 'react';

import type { LeadDto, Role, UserDto } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Checkboxes } from '@/components/govuk/checkboxes';
import { Input } from '@/components/govuk/input';
import { Select } from '@/components/govuk/select';
import { allRoles, roleHints, roleNames } from '@/features/users/utils/role-names';
import type { FormErrors, FormField } from '@/hooks/use-form-errors';

/** The form's fields: the names the API gives them in a validation problem, and their input ids. */
export const userFormFields = [
  { name: 'displayName', id: 'user-display-name' },
  { name: 'roles', id: 'user-roles' },
  { name: 'leadId', id: 'user-lead' },
] as const satisfies readonly FormField[];

export type UserFormValues = {
  displayName: string;
  roles: Role[];
  /** '' for no linked lead. */
  leadId: string;
};

export function userFormValues(user: UserDto): UserFormValues {
  return { displayName: user.displayName, roles: [...user.roles], leadId: user.leadId ?? '' };
}

const roleItems = allRoles.map((role) => ({ value: role, text: roleNames[role], hint: roleHints[role] }));

type UserFormProps = {
  values: UserFormValues;
  onChange: (values: UserFormValues) => void;
  leads: readonly Pick<LeadDto, 'id' | 'name'>[];
  errors: FormErrors;
  pending: boolean;
  onSubmit: () => void;
  children?: ReactNode;
};

/**
 * Display name, roles and linked lead of an account. Whether the account is disabled is a separate action on the page,
 * with its own confirmation, so saving a name never locks anyone out by accident.
 */
export function UserForm({ values, onChange, leads, errors, pending, onSubmit, children }: UserFormProps) {
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!pending) onSubmit();
  }
  const set = (change: Partial<UserFormValues>) => onChange({ ...values, ...change });

  return (
    <form noValidate onSubmit={handleSubmit}>
      <Input
        id={userFormFields[0].id}
        name="displayName"
        label="Name"
        value={values.displayName}
        onChange={(displayName) => set({ displayName })}
        error={errors.fieldErrors.displayName}
        widthClass="govuk-!-width-two-thirds"
      />
      <Checkboxes
        id={userFormFields[1].id}
        name="roles"
        legend="Roles"
        hint="Select all that apply. What the roles allow adds up."
        items={roleItems}
        values={values.roles}
        onChange={(roles) => set({ roles: roles as Role[] })}
        error={errors.fieldErrors.roles}
      />
      <Select
        id={userFormFields[2].id}
        name="leadId"
        label="Linked lead"
        hint="Who this user is in the plan. Needed for the Lead role: they can post updates on that lead's actions."
        options={[{ value: '', text: 'None' }, ...leads.map((lead) => ({ value: lead.id, text: lead.name }))]}
        value={values.leadId}
        onChange={(leadId) => set({ leadId })}
        error={errors.fieldErrors.leadId}
      />
      <div className="govuk-button-group">
        <Button type="submit" disabled={pending}>
          Save changes
        </Button>
        {children}
      </div>
    </form>
  );
}
