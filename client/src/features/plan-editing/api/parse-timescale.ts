import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import type { TimescaleDto } from '@/api/delivery-tracker-client';
import { api } from '@/lib/api-client';

/** `POST /api/v1/timescales/parse`: how the API reads a timescale text against the plan's period. Changes nothing. */
export function parseTimescale(planId: string, text: string, signal?: AbortSignal): Promise<TimescaleDto> {
  return api.timescales.parseTimescale({ text, planId }, signal);
}

export function parseTimescaleQueryOptions(planId: string, text: string) {
  return queryOptions({
    queryKey: ['timescales', 'parse', planId, text] as const,
    queryFn: ({ signal }) => parseTimescale(planId, text, signal),
    staleTime: Infinity,
  });
}

/** The reading of `text` (already debounced by the caller); nothing is asked for blank text. */
export function useParsedTimescale(planId: string | undefined, text: string) {
  return useQuery({
    ...parseTimescaleQueryOptions(planId ?? '', text),
    enabled: planId !== undefined && text.trim() !== '',
    // Keep showing the last reading while the next one loads, so the line does not flicker as the user types.
    placeholderData: keepPreviousData,
  });
}
