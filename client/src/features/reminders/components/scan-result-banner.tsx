import type { ReminderScanResultDto } from '@/api/delivery-tracker-client';
import { NotificationBanner } from '@/components/govuk/notification-banner';
import { formatIsoDate } from '@/lib/format-date';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What a scan run from the page recorded, in words: the counts by kind and the digests waiting to be sent. */
export function ScanResultBanner({ result }: { result: ReminderScanResultDto }) {
  const kinds = [
    [result.overdue, 'overdue'],
    [result.dueSoon, 'due soon'],
    [result.escalation, 'escalated to programme managers'],
    [result.boardUpdateRequest, 'update requests for the board'],
    [result.unassigned, 'without a lead'],
  ] as const;
  return (
    <NotificationBanner
      type="success"
      heading={
        result.reminders === 0
          ? `The scan for ${formatIsoDate(result.scanDate)} found no new reminders to send`
          : `The scan for ${formatIsoDate(result.scanDate)} recorded ${plural(result.reminders, 'new reminder', 'new reminders')}`
      }
    >
      {result.reminders === 0 ? (
        <p className="govuk-body">Reminders already sent are not sent again.</p>
      ) : (
        <>
          <ul className="govuk-list govuk-list--bullet">
            {kinds
              .filter(([count]) => count > 0)
              .map(([count, text]) => (
                <li key={text}>
                  {count} {text}
                </li>
              ))}
          </ul>
          <p className="govuk-body">{plural(result.digests, 'message is', 'messages are')} being sent, one to each person reminded.</p>
        </>
      )}
    </NotificationBanner>
  );
}
