import { Link, useLocation } from 'react-router';

import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { useUnreadCount } from '@/features/notifications/api/get-unread-count';

/**
 * The header's "Notifications" link with the number unread beside it: read out as "Notifications, 3 unread" (sighted
 * users see the count in a badge). No badge when none are unread,
 * or while the count is loading or could not be read (the link still works).
 */
export function NotificationsLink() {
  const user = useCurrentUser();
  const { pathname } = useLocation();
  const unread = useUnreadCount({ enabled: Boolean(user.data) });
  if (!user.data) return null;

  const href = paths.notifications.list.getHref();
  const count = unread.data?.count ?? 0;
  return (
    <li className="app-header__account-item">
      {/* The name is given whole: built from visually hidden pieces, browsers add spaces around them differently. */}
      <Link
        className="app-header__account-link"
        to={href}
        aria-current={pathname === href ? 'page' : undefined}
        aria-label={count > 0 ? `Notifications, ${count} unread` : undefined}
      >
        Notifications
        {count > 0 ? (
          <>
            {' '}
            <span className="app-unread-count">{count > 99 ? '99+' : count}</span>
          </>
        ) : null}
      </Link>
    </li>
  );
}
