import { Link, useLocation } from 'react-router';

import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/api/get-current-user';
import { useUnreadCount } from '@/features/notifications/api/get-unread-count';

/**
 * The header's "Notifications" link with the number unread beside it: read out as "Notifications, 3 unread" (the
 * comma and "unread" are for screen readers; sighted users see the count in a badge). No badge when none are unread,
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
      <Link className="app-header__account-link" to={href} aria-current={pathname === href ? 'page' : undefined}>
        Notifications
        {count > 0 ? (
          <>
            {/* The spaces are text of their own, so every browser and screen reader keeps them. */}
            <span className="govuk-visually-hidden">,</span> <span className="app-unread-count">{count > 99 ? '99+' : count}</span>{' '}
            <span className="govuk-visually-hidden">unread</span>
          </>
        ) : null}
      </Link>
    </li>
  );
}
