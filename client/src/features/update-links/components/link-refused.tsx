import { useEffect } from 'react';

import { usePageTitle } from '@/hooks/use-page-title';
import { isApiProblemError } from '@/lib/api-client';
import { forgetUpdateLinkToken } from '@/lib/update-link-token';

/** Why the API refused the link (the `reason` of its 401 problem). */
export type LinkRefusal = 'expired' | 'revoked' | 'invalid' | 'missing';

const refusals: readonly LinkRefusal[] = ['expired', 'revoked', 'invalid', 'missing'];

/** The refusal a failed request carries, or undefined when it failed for another reason (the service is down). */
export function linkRefusal(error: unknown): LinkRefusal | undefined {
  if (!isApiProblemError(error) || error.status !== 401) return undefined;
  const reason = error.problem.reason;
  return refusals.find((refusal) => refusal === reason) ?? 'invalid';
}

const pages: Record<LinkRefusal, { title: string; paragraphs: string[] }> = {
  expired: {
    title: 'This link has expired',
    paragraphs: ['Links in reminder emails only work for a few weeks.', 'Ask the programme manager for a new one.'],
  },
  revoked: {
    title: 'This link has been cancelled',
    paragraphs: ['The programme manager has cancelled this link, so it cannot be used to post updates.', 'Ask the programme manager for a new one.'],
  },
  invalid: {
    title: 'This link does not work',
    paragraphs: [
      'Check you used the whole link from your reminder email. If you copied it, check you copied all of it.',
      'If it still does not work, ask the programme manager for a new one.',
    ],
  },
  missing: {
    title: 'Open the link in your reminder email',
    paragraphs: [
      'This page works only from the link in a reminder email.',
      'Open the email and select the link again. If you cannot find it, ask the programme manager for a new one.',
    ],
  },
};

/** The refused page's title, for a page that shows {@link LinkRefused} in place of its own content. */
export function refusalTitle(reason: LinkRefusal): string {
  return pages[reason].title;
}

/**
 * A plain page for a link that cannot be used: what happened and what to do, nothing else. The tab forgets a token
 * the API refused, so nothing of a dead link is left behind (on a shared computer, say).
 */
export function LinkRefused({ reason }: { reason: LinkRefusal }) {
  const page = pages[reason];
  usePageTitle(page.title);
  useEffect(() => forgetUpdateLinkToken(), []);
  return (
    <>
      <h1 className="govuk-heading-l">{page.title}</h1>
      {page.paragraphs.map((paragraph) => (
        <p key={paragraph} className="govuk-body">
          {paragraph}
        </p>
      ))}
    </>
  );
}
