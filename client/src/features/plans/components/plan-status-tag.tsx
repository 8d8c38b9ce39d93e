import type { PlanStatus } from '@/api/delivery-tracker-client';
import { Tag, type TagColour } from '@/components/govuk/tag';

export const planStatusLabels: Record<PlanStatus, string> = {
  Draft: 'Draft',
  Active: 'Active',
  Archived: 'Archived',
};

const planStatusColours: Record<PlanStatus, TagColour> = {
  Draft: 'grey',
  Active: 'green',
  Archived: 'purple',
};

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  return <Tag colour={planStatusColours[status]}>{planStatusLabels[status]}</Tag>;
}
