import type { RagRating, RagScale } from '@/api/delivery-tracker-client';

/**
 * The ratings a lead may report on a plan's scale, best first, with the council's definitions (3-point) or the
 * Delivery Confidence wording (5-point). Complete and Not rated come from the schedule and are never reported.
 */
export function reportableRatings(scale: RagScale): { rating: RagRating; hint: string }[] {
  if (scale === 'FivePoint') {
    return [
      { rating: 'Green', hint: 'Successful delivery on time looks highly likely' },
      { rating: 'AmberGreen', hint: 'Successful delivery looks probable; issues can be managed' },
      { rating: 'Amber', hint: 'Successful delivery looks feasible but there are significant issues' },
      { rating: 'AmberRed', hint: 'Successful delivery is in doubt; major risks or issues' },
      { rating: 'Red', hint: 'Successful delivery looks unachievable without urgent action' },
    ];
  }
  return [
    { rating: 'Green', hint: 'No issues or risks to delivery' },
    { rating: 'Amber', hint: 'Issues or risks identified' },
    { rating: 'Red', hint: 'Significant issues or risks' },
  ];
}
