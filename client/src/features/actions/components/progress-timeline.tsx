import type { ProgressUpdateDto } from '@/api/delivery-tracker-client';
import { SummaryList } from '@/components/govuk/summary-list';
import { ActionStatusTag } from '@/features/plans/components/action-status-tag';
import { RagTag } from '@/features/ratings/components/rag-tag';
import { formatDateTime } from '@/lib/format-date-time';

/** The progress timeline, newest first (the API's order): who posted each update and when, and what it said. */
export function ProgressTimeline({ updates }: { updates: readonly ProgressUpdateDto[] }) {
  return (
    <ol className="app-timeline">
      {updates.map((update) => (
        <li key={update.id} className="app-timeline__item">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2">
            {formatDateTime(update.postedAt)} by {update.authorName}
          </h3>
          <SummaryList
            rows={[
              { key: 'Status', value: <ActionStatusTag status={update.status} /> },
              {
                key: 'Percent complete',
                value: update.percentComplete === undefined || update.percentComplete === null ? 'Not given' : `${update.percentComplete}%`,
              },
              { key: 'Reported rating', value: update.reportedRag ? <RagTag rating={update.reportedRag} /> : 'Not given' },
              ...(update.justification ? [{ key: 'Justification', value: update.justification }] : []),
              { key: 'Note', value: update.note ? <span className="app-preserve-lines">{update.note}</span> : 'None' },
              {
                key: 'Evidence',
                value:
                  update.evidenceLinks.length === 0 ? (
                    'None'
                  ) : (
                    <ul className="govuk-list">
                      {update.evidenceLinks.map((link) => (
                        <li key={link}>
                          <a className="govuk-link app-break-anywhere" href={link} rel="noreferrer noopener" target="_blank">
                            {link} (opens in new tab)
                          </a>
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
        </li>
      ))}
    </ol>
  );
}
