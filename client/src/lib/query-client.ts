import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';

import { isApiProblemError, type ApiProblemError } from '@/lib/api-client';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** The mutation expects 401 as an answer (signing in, signing out), so it does not mean the session has ended. */
      expectsUnauthorized?: boolean;
    };
  }
}

/** A 4xx answer will not change by asking again; anything else (5xx, network) is retried twice. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiProblemError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export type QueryClientOptions = {
  /** Called when any query, or any mutation not marked `expectsUnauthorized`, is answered 401: the session has ended. */
  onUnauthorized?: (error: ApiProblemError) => void;
};

export function createQueryClient({ onUnauthorized }: QueryClientOptions = {}): QueryClient {
  const reportUnauthorized = (error: unknown) => {
    if (isApiProblemError(error) && error.status === 401) onUnauthorized?.(error);
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError: reportUnauthorized }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _onMutateResult, mutation) => {
        if (!mutation.meta?.expectsUnauthorized) reportUnauthorized(error);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
    },
  });
}
