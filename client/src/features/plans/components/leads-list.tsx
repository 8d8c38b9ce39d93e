import type { ActionLeadDto } from '@/api/delivery-tracker-client';

/** An action's leads in the order the API gives them (primary first), the primary one marked "(primary)". */
export function LeadsList({ leads }: { leads: readonly ActionLeadDto[] }) {
  if (leads.length === 0) return <span>No lead given</span>;
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
