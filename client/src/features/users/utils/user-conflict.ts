import type { UserDto } from '@/api/delivery-tracker-client';
import type { ComparedField } from '@/features/conflicts/utils/conflict';
import type { UserFormValues } from '@/features/users/components/user-form';
import { allRoles, roleNames } from '@/features/users/utils/role-names';

const rolesInWords = (roles: readonly string[]) =>
  allRoles
    .filter((role) => roles.includes(role))
    .map((role) => roleNames[role])
    .join(', ');

/** The fields the conflict panel compares for an account; `leadName` turns a lead's id into its name. */
export function userComparedFields(leadName: (id: string) => string): ComparedField<UserDto, UserFormValues>[] {
  return [
    { label: 'Name', fromResource: (user) => user.displayName, fromForm: (form) => form.displayName },
    { label: 'Roles', fromResource: (user) => rolesInWords(user.roles), fromForm: (form) => rolesInWords(form.roles) },
    { label: 'Linked lead', fromResource: (user) => (user.leadId ? leadName(user.leadId) : ''), fromForm: (form) => (form.leadId ? leadName(form.leadId) : '') },
  ];
}
