import type { ActionLeadDto } from '@/api/delivery-tracker-client';

/**
 * An action's leads in the order the API gives them (primary first), the primary one marked "(primary)". Where the
 * plan says the lead is "To be agreed", that is what it shows, not "No lead given".
 */
export function LeadsList({ leads, leadToBeAgreed = false }: { leads: readonly ActionLeadDto[]; leadToBeAgreed?: boolean }) {
  if (leads.length === 0) return <span>{leadToBeAgreed ? 'Lead to be agreed' : 'No lead given'}</span>;
  return (
    <ul className="app-leads">
      {leads.map((lead) => (
        <li key={lead.leadId}>
          {lead.name}
          {lead.isPrimary ? ' (primary)' : null}
        </li>
      ))}
    </ul>
  );
}
