import type { KpiRag, RagRating } from '@/api/delivery-tracker-client';
import type { TagColour } from '@/components/govuk/tag';

/**
 * The words and colour for every rating, in one place so a rating looks the same on every page. The words carry the
 * meaning (WCAG 1.4.1: never colour alone); the colours follow the board's RAG convention, with Complete blue as the
 * council's reports use it.
 */
export const ragLabels: Record<RagRating, string> = {
  Green: 'Green',
  AmberGreen: 'Amber/Green',
  Amber: 'Amber',
  AmberRed: 'Amber/Red',
  Red: 'Red',
  Complete: 'Complete',
  NotRated: 'Not rated',
};

export const ragColours: Record<RagRating, TagColour> = {
  Green: 'green',
  AmberGreen: 'turquoise',
  Amber: 'orange',
  AmberRed: 'pink',
  Red: 'red',
  Complete: 'blue',
  NotRated: 'grey',
};

/** Most severe first: the order of counts, charts and roll-ups. */
export const ragOrder: readonly RagRating[] = ['Red', 'AmberRed', 'Amber', 'AmberGreen', 'Green', 'Complete', 'NotRated'];

/** The chart colours for each rating (GOV.UK colour palette), matching the tag colours. */
export const ragChartColours: Record<RagRating, string> = {
  Red: '#d4351c',
  AmberRed: '#d53880',
  Amber: '#f47738',
  AmberGreen: '#28a197',
  Green: '#00703c',
  Complete: '#1d70b8',
  NotRated: '#505a5f',
};

export const kpiRagLabels: Record<KpiRag, string> = {
  Green: 'Green',
  Amber: 'Amber',
  Red: 'Red',
  Stale: 'Stale',
  NoData: 'No data',
  ToBeAgreed: 'To be agreed',
  Monitored: 'Monitored',
};

export const kpiRagColours: Record<KpiRag, TagColour> = {
  Green: 'green',
  Amber: 'orange',
  Red: 'red',
  Stale: 'yellow',
  NoData: 'grey',
  ToBeAgreed: 'purple',
  Monitored: 'blue',
};
