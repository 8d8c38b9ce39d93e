import type { QueryClient } from '@tanstack/react-query';

/**
 * After any change to a plan's structure: the plan tree, its theme and objective lists (and their versions) and every
 * action list or action read may now be out of date, so all are read again when next shown.
 */
export function invalidatePlanStructure(queryClient: QueryClient): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ['plans'] }),
    queryClient.invalidateQueries({ queryKey: ['themes'] }),
    queryClient.invalidateQueries({ queryKey: ['objectives'] }),
    queryClient.invalidateQueries({ queryKey: ['actions'] }),
  ]).then(() => undefined);
}
