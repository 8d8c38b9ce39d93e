import { NotificationBanner } from '@/components/govuk/notification-banner';
import { useFlash } from '@/hooks/use-flash';

/** Shows the success banner the previous page asked for after a change; nothing otherwise. Put it at the top of a page. */
export function FlashBanner() {
  const flash = useFlash();
  if (!flash) return null;
  return (
    <NotificationBanner type="success" heading={flash.heading}>
      {flash.body ? <p className="govuk-body">{flash.body}</p> : null}
    </NotificationBanner>
  );
}
