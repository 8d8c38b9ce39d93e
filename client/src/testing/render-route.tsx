import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';

import type { CurrentUserDto } from '@/api/delivery-tracker-client';
import { currentUserQueryKey } from '@/features/auth/api/get-current-user';
import { createQueryClient } from '@/lib/query-client';

/** Demo users for page tests, one per role, as `GET /auth/me` returns them. */
export const testUsers = {
  programmeManager: { id: 'u-pm', email: 'pm@example.org', displayName: 'Pat Manager', roles: ['ProgrammeManager'], leadId: undefined, authenticationMethod: 'cookie' },
  lead: { id: 'u-lead', email: 'lead@example.org', displayName: 'Lee Lead', roles: ['Lead'], leadId: 'lead-1', authenticationMethod: 'cookie' },
  board: { id: 'u-board', email: 'board@example.org', displayName: 'Bo Board', roles: ['BoardMember'], leadId: undefined, authenticationMethod: 'cookie' },
  viewer: { id: 'u-viewer', email: 'viewer@example.org', displayName: 'Vi Viewer', roles: ['Viewer'], leadId: undefined, authenticationMethod: 'cookie' },
  administrator: { id: 'u-admin', email: 'admin@example.org', displayName: 'Ada Admin', roles: ['Administrator'], leadId: undefined, authenticationMethod: 'cookie' },
} satisfies Record<string, CurrentUserDto>;

/**
 * Renders one page as the router would at `url`, signed in as `user`, with a fresh query client (no retries of 4xx,
 * as in the app). `path` is the route's pattern from `paths`; `/elsewhere/*` catches navigation away from the page.
 */
export function renderRoute(
  { path, element, url, user = testUsers.programmeManager }: { path: string; element: ReactNode; url: string; user?: CurrentUserDto | null },
): { queryClient: QueryClient; router: ReturnType<typeof createMemoryRouter> } {
  const queryClient = createQueryClient();
  queryClient.setQueryData(currentUserQueryKey, user);
  const router = createMemoryRouter(
    [
      { path, element },
      { path: '*', element: <h1>Another page</h1> },
    ],
    { initialEntries: [url] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { queryClient, router };
}
