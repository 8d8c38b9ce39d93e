import { Link } from 'react-router';

import type { RecommendationDto } from '@/api/delivery-tracker-client';
import { Details } from '@/components/govuk/details';
import { SummaryCard } from '@/components/govuk/summary-card';
import { SummaryList } from '@/components/govuk/summary-list';
import { Tag } from '@/components/govuk/tag';
import { paths } from '@/config/paths';
import { RagTag } from '@/features/ratings/components/rag-tag';

/** A council response longer than this is folded into a "Council response" details, so the actions stay in view. */
const longResponse = 240;

/** The tag that makes a recommendation nothing answers stand out: red, and saying so in words. */
export function NoActionTag() {
  return <Tag colour="red">No action</Tag>;
}

/** One recommendation: its words, the council's response, the actions that answer it with their ratings, and the roll-up. */
export function RecommendationCard({ recommendation }: { recommendation: RecommendationDto }) {
  const { number, text, councilResponse, answeringActions, rollUp, covered } = recommendation;
  return (
    <SummaryCard
      id={`recommendation-${number}`}
      title={`Recommendation ${number}`}
      titleExtra={covered ? <RagTag rating={rollUp} prefix="Roll-up rating:" /> : <NoActionTag />}
    >
      <SummaryList
        rows={[
          { key: 'Recommendation', value: text ?? 'The review’s wording was not recorded.' },
          {
            key: 'Council response',
            value: !councilResponse ? (
              'None recorded'
            ) : councilResponse.length > longResponse ? (
              <Details summary="Read the council’s response" className="govuk-!-margin-bottom-0">
                <p className="govuk-body app-preserve-lines">{councilResponse}</p>
              </Details>
            ) : (
              <span className="app-preserve-lines">{councilResponse}</span>
            ),
          },
          {
            key: 'Answering actions',
            value:
              answeringActions.length === 0 ? (
                <>
                  <NoActionTag /> <span>No action in this plan answers it yet.</span>
                </>
              ) : (
                <ul className="govuk-list app-answering-actions">
                  {answeringActions.map((action) => (
                    <li key={action.id}>
                      <Link className="govuk-link govuk-!-font-weight-bold" to={paths.actions.action.getHref(action.id)}>
                        {action.referenceCode}
                      </Link>{' '}
                      <RagTag rating={action.effectiveRating} prefix="Effective rating:" />
                      <span className="govuk-body-s app-answering-actions__text">
                        {action.text}
                        {action.primaryLeadName ? ` (lead: ${action.primaryLeadName})` : null}
                      </span>
                    </li>
                  ))}
                </ul>
              ),
          },
          {
            key: 'Roll-up rating',
            value: covered ? <RagTag rating={rollUp} prefix="Roll-up rating:" /> : 'None: nothing answers it',
          },
        ]}
      />
    </SummaryCard>
  );
}
