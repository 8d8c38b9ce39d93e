import { Outlet } from 'react-router';

import { PermissionDenied } from '@/components/errors/permission-denied';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { isAdministrator } from '@/features/auth/utils/is-administrator';

/**
 * Shows its child routes only to administrators; anyone else signed in sees "You do not have permission to see this
 * page". Goes inside {@link RequireSignedIn}, which has already loaded the current user. The API checks again: this
 * only spares the user a page of 403s.
 */
export function RequireAdministrator() {
  const user = useCurrentUser();
  if (!isAdministrator(user.data)) return <PermissionDenied />;
  return <Outlet />;
}
