import type { RagRating } from '@/api/delivery-tracker-client';

/** An action that answers a recommendation, as the recommendations page shows it. */
export type AnsweringAction = {
  id: string;
  referenceCode: string;
  text: string | undefined;
  /** The rating the board counts; null for a cancelled action, which carries none. */
  effectiveRating: RagRating | null | undefined;
};

/** A recommendation with the plan's answer to it. */
export type RecommendationCoverage = {
  id: string;
  number: number;
  text: string | undefined;
  councilResponse: string | undefined;
  answeringActions: AnsweringAction[];
  /** The worst effective rating of the answering actions; null when nothing (not cancelled) answers it. */
  rollUp: RagRating | null | undefined;
  /** False when no action that is not cancelled answers it: the page makes these stand out. */
  covered: boolean;
};
