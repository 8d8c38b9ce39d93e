import type { LeadDto } from '@/api/delivery-tracker-client';
import type { ComparedField } from '@/features/conflicts/utils/conflict';
import type { LeadFormValues } from '@/features/leads/components/lead-form';
import { leadKindWords } from '@/features/leads/utils/lead-kinds';

/**
 * The fields the conflict panel compares for a lead, as the page shows them. The form holds an organisation's id,
 * so `organisationName` turns it into the name the user chose (from the organisations the select offered).
 */
export function leadComparedFields(organisationName: (id: string) => string): ComparedField<LeadDto, LeadFormValues>[] {
  return [
    { label: 'Name', fromResource: (lead) => lead.name, fromForm: (form) => form.name },
    { label: 'Kind', fromResource: (lead) => leadKindWords[lead.kind], fromForm: (form) => (form.kind ? leadKindWords[form.kind] : '') },
    { label: 'Organisation', fromResource: (lead) => lead.organisationName ?? '', fromForm: (form) => (form.organisationId ? organisationName(form.organisationId) : '') },
    { label: 'Email address', fromResource: (lead) => lead.email ?? '', fromForm: (form) => form.email },
  ];
}
