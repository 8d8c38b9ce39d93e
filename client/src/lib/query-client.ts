import { QueryClient } from '@tanstack/react-query';

import { isApiProblemError } from '@/lib/api-client';

/** A 4xx answer will not change by asking again; anything else (5xx, network) is retried twice. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiProblemError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
    },
  });
}

export const queryClient = createQueryClient();
