import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ApiErrorMessage } from '@/components/errors/api-error-message';

type QueryStateProps<T> = {
  query: Pick<UseQueryResult<T>, 'isPending' | 'isError' | 'error' | 'data'>;
  /** What is loading, for the status line: "Loading the actions…". */
  loading: string;
  /** Whether the loaded data counts as empty (an empty list); `empty` is then shown instead of `children`. */
  isEmpty?: (data: T) => boolean;
  /** The empty state: what there is not, and what to do about it. */
  empty?: ReactNode;
  children: (data: T) => ReactNode;
};

/**
 * The one loading, error and empty state every page and list shares: a polite status line while loading, the API's
 * problem when it fails, the page's own words when there is nothing to show, and the content otherwise.
 */
export function QueryState<T>({ query, loading, isEmpty, empty, children }: QueryStateProps<T>) {
  if (query.isPending) {
    return (
      <p className="govuk-body" role="status">
        {loading}
      </p>
    );
  }
  if (query.isError) return <ApiErrorMessage error={query.error} />;
  const data = query.data as T;
  if (isEmpty?.(data)) return <>{empty}</>;
  return <>{children(data)}</>;
}
