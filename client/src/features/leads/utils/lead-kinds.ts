import type { LeadKind } from '@/api/delivery-tracker-client';

/** Every kind of lead, in the order the form offers them, with the words the pages use. */
export const leadKinds: readonly { value: LeadKind; text: string; hint: string }[] = [
  { value: 'Person', text: 'Person', hint: 'Someone by name, for example a council officer' },
  { value: 'Team', text: 'Team', hint: 'A team, for example the Community Safety Team' },
  { value: 'Role', text: 'Role', hint: 'A post, for example the VAWG Lead' },
  { value: 'Organisation', text: 'Organisation', hint: 'A partner, for example the Police or St Giles Trust' },
  { value: 'Board', text: 'Board', hint: 'A board or partnership, for example the Safer Neighbourhood Board' },
];

export const leadKindWords: Record<LeadKind, string> = {
  Person: 'Person',
  Team: 'Team',
  Role: 'Role',
  Organisation: 'Organisation',
  Board: 'Board',
};

export function isLeadKind(value: string | null | undefined): value is LeadKind {
  return leadKinds.some((kind) => kind.value === value);
}
