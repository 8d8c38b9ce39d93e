import type { RagRating } from '@/api/delivery-tracker-client';

/**
 * Whether a reported rating needs a justification, as the API decides it: when it differs from a derived Green,
 * Amber or Red. A completed action (derived Complete), one not rated, or a cancelled one (no derived rating) has no
 * schedule rating to disagree with. The API compares with the rating the action will have once the update is
 * applied, so it may still ask when this says no; the form then shows the field.
 */
export function needsJustification(reported: RagRating | undefined, derived: RagRating | null | undefined): boolean {
  if (!reported) return false;
  return (derived === 'Green' || derived === 'Amber' || derived === 'Red') && derived !== reported;
}
