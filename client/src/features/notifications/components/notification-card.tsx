import { useEffect, useRef } from 'react';
import { Link } from 'react-router';

import type { NotificationDto } from '@/api/delivery-tracker-client';
import { Button } from '@/components/govuk/button';
import { Tag } from '@/components/govuk/tag';
import { paths } from '@/config/paths';
import { reminderReason } from '@/features/reminders/utils/reminder-words';
import { formatDateTime } from '@/lib/format-date-time';

type NotificationCardProps = {
  notification: NotificationDto;
  onMarkRead: (notification: NotificationDto) => void;
  /** This notification is being marked read: its button is greyed out. */
  marking: boolean;
};

/**
 * One notification as a GOV.UK summary card: its subject (tagged "Unread" until read), when it arrived, and either
 * the digest's actions (each a link, with why it was sent) or the message's text. An action completed or cancelled
 * since the reminder was sent is marked so nobody chases it.
 */
export function NotificationCard({ notification, onMarkRead, marking }: NotificationCardProps) {
  const unread = !notification.readAt;
  const headingId = `notification-${notification.id}`;
  const heading = useRef<HTMLHeadingElement>(null);
  const markedHere = useRef(false);
  // Marking read removes the focused button: focus goes to the card's heading, not to the top of the page.
  useEffect(() => {
    if (!unread && markedHere.current) {
      markedHere.current = false;
      heading.current?.focus();
    }
  }, [unread]);
  return (
    <section className="govuk-summary-card" aria-labelledby={headingId}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={headingId} ref={heading} tabIndex={-1}>
          {unread ? (
            <>
              <Tag colour="blue" className="govuk-!-margin-right-2">
                Unread
              </Tag>{' '}
            </>
          ) : null}
          {notification.subject}
        </h2>
        {unread ? (
          <div className="govuk-summary-card__actions">
            <Button variant="secondary" className="govuk-!-margin-bottom-0" disabled={marking} onClick={() => {
                markedHere.current = true;
                onMarkRead(notification);
              }}
            >
              Mark as read<span className="govuk-visually-hidden">: {notification.subject}</span>
            </Button>
          </div>
        ) : null}
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body-s app-secondary-text">Sent {formatDateTime(notification.createdAt)}</p>
        {notification.items.length > 0 ? (
          <ul className="govuk-list govuk-list--spaced">
            {notification.items.map((item) => (
              <li key={item.reminderId}>
                <Link className="govuk-link govuk-!-font-weight-bold" to={paths.actions.action.getHref(item.actionId)}>
                  {item.referenceCode}
                </Link>{' '}
                {item.actionText}
                <br />
                <span className="govuk-body-s">
                  {/* The reason says "overdue", "due" or "board meeting" itself; an escalation says who else was told. */}
                  {item.kind === 'Escalation' ? 'Escalated to the programme managers: ' : ''}
                  {reminderReason(item)}
                </span>
                {item.state === 'Withdrawn' ? (
                  <>
                    {' '}
                    <Tag colour="grey">Withdrawn</Tag> <span className="govuk-body-s">completed or cancelled since</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body app-preserve-lines">{notification.body}</p>
        )}
      </div>
    </section>
  );
}
