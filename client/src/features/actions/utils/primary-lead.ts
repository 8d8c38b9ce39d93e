import type { ActionLeadDto } from '@/api/delivery-tracker-client';

/**
 * The name to show for an action's accountable lead: the primary lead (the API lists it first), "Lead to be agreed"
 * where the plan says so, or "No lead given" where the plan's cell was empty.
 */
export function primaryLeadName(action: { leads: readonly ActionLeadDto[]; leadToBeAgreed: boolean }): string {
  const lead = action.leads.find((candidate) => candidate.isPrimary) ?? action.leads[0];
  if (lead) return lead.name;
  return action.leadToBeAgreed ? 'Lead to be agreed' : 'No lead given';
}
