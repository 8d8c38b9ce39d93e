import { expect, test } from '@playwright/test';

import { apiGet, demoPlanId } from './api-session';
import { boardMemberStorageState } from './demo-users';
import { DashboardPage } from './pages/dashboard-page';

type RatingCounts = { total: number; excluded: number; counts: Record<string, number> };
type Dashboard = {
  asOf: string;
  ratings: RatingCounts;
  themes: { code: string; title: string; ratings: RatingCounts }[];
  attention: { overdue: number; dueSoon: number; stale: number; blocked: number };
  kpis: { name: string }[];
  latestUpdates: { referenceCode: string }[];
};

/** Most severe first, as the page orders its columns. */
const ragOrder = ['Red', 'AmberRed', 'Amber', 'AmberGreen', 'Green', 'Complete', 'NotRated'];

/** A row of the ratings table as the page should show it: each rating of the scale, cancelled if any, then total. */
function expectedCells(counts: RatingCounts, showCancelled: boolean): string[] {
  const cells = ragOrder.filter((rating) => rating in counts.counts).map((rating) => String(counts.counts[rating]));
  if (showCancelled) cells.push(String(counts.excluded));
  cells.push(String(counts.total));
  return cells;
}

test.describe('dashboard', () => {
  test.use({ storageState: boardMemberStorageState });

  test('a board member reads the demo plan\u2019s dashboard as at 31 March 2020, with the figures the API gives for that date', async ({ page }) => {
    const planId = await demoPlanId(page);
    // What the API says for that date: the page must show the same, whatever the demo data holds.
    const expected = await apiGet<Dashboard>(page, `/api/v1/plans/${planId}/dashboard?asOf=2020-03-31`);

    const dashboard = new DashboardPage(page);
    await dashboard.goto(planId);
    await dashboard.showAsAt('31', '3', '2020');

    await expect(page).toHaveURL(new RegExp(`/plans/${planId}/dashboard\\?asOf=2020-03-31$`));
    await expect(dashboard.figuresDate).toHaveText('Figures as at 31 March 2020');
    await expect(page).toHaveTitle(/^Dashboard – Building Safer Communities – Delivery Plan/);

    const showCancelled = expected.ratings.excluded > 0;
    for (const theme of expected.themes) {
      await expect(dashboard.ratingsRow(`${theme.title} (${theme.code})`).getByRole('cell')).toHaveText(expectedCells(theme.ratings, showCancelled));
    }
    await expect(dashboard.ratingsRow('Whole plan').getByRole('cell')).toHaveText(expectedCells(expected.ratings, showCancelled));
    await expect(dashboard.ratingsChart).toHaveAttribute('aria-label', /as at 31 March 2020/);

    const attention = [
      ['Overdue', 'overdue', expected.attention.overdue],
      ['Due soon', 'dueSoon', expected.attention.dueSoon],
      ['Stale', 'stale', expected.attention.stale],
      ['Blocked', 'blocked', expected.attention.blocked],
    ] as const;
    for (const [label, filter, count] of attention) {
      const link = dashboard.attentionLink(label);
      await expect(link).toContainText(String(count));
      await expect(link).toHaveAttribute('href', `/plans/${planId}?${filter}=true&asOf=2020-03-31`);
    }

    await expect(dashboard.kpiTiles).toHaveCount(expected.kpis.length);
    await expect(dashboard.latestUpdates).toHaveCount(expected.latestUpdates.length);
    for (const [index, update] of expected.latestUpdates.entries()) {
      await expect(dashboard.latestUpdates.nth(index).getByRole('rowheader')).toContainText(update.referenceCode);
    }
  });
});
