import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { ActionStatus, PlanDto, RagRating, RecommendationDto } from '@/api/delivery-tracker-client';
import { RecommendationsRoute } from '@/app/routes/plans/recommendations';
import { paths } from '@/config/paths';
import { installFakeApi } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

const slow = { timeout: 5_000 };
const pageTest = { timeout: 30_000 };

const plan = { id: 'plan-1', title: 'Building Safer Communities – Delivery Plan', reviewId: 'review-1', themes: [] } as unknown as PlanDto;

type Answer = [id: string, rating: RagRating | undefined, status?: ActionStatus];

/** A recommendation as the API lists it for a plan: the plan's answering actions with their ratings, the roll-up and coverage. */
function recommendation(number: number, answers: Answer[], rollUp: RagRating | undefined, covered: boolean, overrides: Partial<RecommendationDto> = {}): RecommendationDto {
  return {
    id: `rec-${number}`,
    reviewId: 'review-1',
    number,
    text: `Recommendation text ${number}`,
    councilResponse: 'Agreed.',
    answeringActions: answers.map(([id, effectiveRating, status = 'InProgress']) => ({
      id,
      referenceCode: id.toUpperCase(),
      planId: 'plan-1',
      text: `Action ${id}`,
      status,
      effectiveRating,
      primaryLeadName: 'Police',
    })),
    asOf: '2026-01-10',
    rollUp,
    covered,
    updatedAt: '2026-01-01T00:00:00Z',
    etag: '"1"',
    ...overrides,
  };
}

const recommendations = [
  recommendation(1, [['syv-1.1', 'Green'], ['syv-1.2', 'Amber']], 'Amber', true, { councilResponse: 'A long response. '.repeat(30) }),
  recommendation(2, [], undefined, false),
  recommendation(3, [['ter-1.1', undefined, 'Cancelled']], undefined, false),
];

function installRecommendationsApi() {
  return installFakeApi({
    'GET /api/v1/plans/:planId': () => plan,
    'GET /api/v1/reviews/:reviewId': () => ({ id: 'review-1', title: 'Community Safety Review', recommendationCount: 3 }),
    'GET /api/v1/recommendations': ({ query }) => ({
      items: recommendations.filter((item) => !query.has('covered') || String(item.covered) === query.get('covered')),
      nextCursor: null,
    }),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the recommendations page', pageTest, () => {
  it('shows each recommendation with its answering actions\u2019 ratings and the roll-up, and makes those with no action stand out', async () => {
    installRecommendationsApi();
    renderRoute({ path: paths.plans.recommendations.path, element: <RecommendationsRoute />, url: paths.plans.recommendations.getHref('plan-1'), user: testUsers.viewer });

    const first = (await screen.findByRole('heading', { level: 2, name: 'Recommendation 1' }, slow)).closest('.govuk-summary-card') as HTMLElement;
    expect(within(first).getByRole('link', { name: 'SYV-1.1' }).getAttribute('href')).toBe(paths.actions.action.getHref('syv-1.1'));
    // Tags in reading order: the roll-up beside the title, each action's rating, the roll-up again in its row.
    expect([...first.querySelectorAll('.govuk-tag')].map((tag) => tag.textContent)).toEqual([
      'Roll-up rating: Amber',
      'Effective rating: Green',
      'Effective rating: Amber',
      'Roll-up rating: Amber',
    ]);
    // A long council response is folded away.
    expect(within(first).getByText('Read the council’s response')).toBeTruthy();

    // Nothing answers 2, and 3 only by a cancelled action: both carry "No action".
    for (const number of [2, 3]) {
      const card = screen.getByRole('heading', { level: 2, name: `Recommendation ${number}` }).closest('.govuk-summary-card') as HTMLElement;
      expect(within(card).getAllByText('No action').length).toBeGreaterThan(0);
      expect(within(card).getByText('None: nothing answers it')).toBeTruthy();
    }
    expect(screen.getByRole('status').textContent).toContain('2 of 3 recommendations have no action answering them.');
    // A viewer sees no edit control.
    expect(screen.queryByRole('link', { name: /edit|add|delete/i })).toBeNull();
  });

  it('shows only the recommendations with no action when asked, keeping the choice in the URL', async () => {
    const fetchMock = installRecommendationsApi();
    const user = userEvent.setup();
    const { router } = renderRoute({ path: paths.plans.recommendations.path, element: <RecommendationsRoute />, url: paths.plans.recommendations.getHref('plan-1') });

    await user.click(await screen.findByRole('checkbox', { name: 'Show only recommendations with no action' }, slow));
    await user.click(screen.getByRole('button', { name: 'Apply filter' }));

    await vi.waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: 'Recommendation 1' })).toBeNull(), slow);
    expect(router.state.location.search).toBe('?covered=false');
    expect(screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)).toEqual(['Recommendation 2', 'Recommendation 3']);
    // The API picks them out: the plan's recommendations with covered=false, one request, not one per action.
    const urls = fetchMock.mock.calls.map(([input]) => String(input));
    expect(urls.filter((url) => url.startsWith('/api/v1/recommendations')).map((url) => new URL(url, 'http://x').search)).toEqual([
      '?planId=plan-1&limit=200',
      '?planId=plan-1&covered=false&limit=200',
    ]);
    expect(urls.some((url) => url.startsWith('/api/v1/actions'))).toBe(false);
  });

  it('says so when the plan answers no review', async () => {
    installFakeApi({ 'GET /api/v1/plans/:planId': () => ({ ...plan, reviewId: null }) });
    renderRoute({ path: paths.plans.recommendations.path, element: <RecommendationsRoute />, url: paths.plans.recommendations.getHref('plan-1') });
    expect(await screen.findByText('This plan does not answer a review, so it has no recommendations to show.', {}, slow)).toBeTruthy();
  });
});
