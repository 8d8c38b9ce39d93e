import type { ReactNode } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';

import { currentUserQueryKey } from '@/features/auth/api/get-current-user';
import { createQueryClient } from '@/lib/query-client';

// A 401 from any request means the session has ended: forgetting the user sends them to sign in (RequireSignedIn).
const queryClient = createQueryClient({
  onUnauthorized: () => queryClient.setQueryData(currentUserQueryKey, null),
});

export function AppProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
