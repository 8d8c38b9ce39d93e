import type { ReactNode } from 'react';

import { PermissionDenied } from '@/components/errors/permission-denied';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { canEditPlans } from '@/features/auth/utils/permissions';

/**
 * The editing pages are for programme managers (the API's "edit-plans" policy); anyone else signed in sees the
 * permission page, and the page's own requests are never made.
 */
export function ProgrammeManagersOnly({ children }: { children: ReactNode }) {
  const user = useCurrentUser();
  if (!canEditPlans(user.data)) return <PermissionDenied who="programme managers" />;
  return <>{children}</>;
}
