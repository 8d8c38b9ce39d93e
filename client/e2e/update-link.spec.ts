import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';

import { wcagViolations } from './accessibility';
import { apiGet, apiPost } from './api-session';
import { programmeManagerStorageState } from './demo-users';
import { ProgressUpdatePage } from './pages/progress-update-page';
import { UpdateLinkPage } from './pages/update-link-page';

/**
 * A partner lead with no account gets a reminder email with a signed update link and posts an update through it. The
 * whole flow is real: a programme manager runs the reminder scan, the API's Hangfire server delivers the digest by
 * email to smtp4dev (SMTP4DEV_URL, started by .ci/test; .ci/start runs one on 5081), and the test reads the link from
 * the email as the lead would. The demo partner is St Giles Trust, whose demo contact email the API sets in
 * Development; its actions in the 2019–2022 demo plan are long overdue, so a scan on a fresh database emails it. A
 * rerun in the same week scans nothing new and uses the last email, whose link still works (nothing here revokes it).
 */
const inbox = process.env.SMTP4DEV_URL ?? 'http://127.0.0.1:5081';
const partnerEmail = 'st-giles-trust@example.org';
const partnerName = 'St Giles Trust';

type InboxPage = { results: { id: string; to: string[] | string }[] };

/** The update link in the newest email to the demo partner, if one has arrived. */
async function latestLink(request: APIRequestContext): Promise<string | undefined> {
  const messages = (await (await request.get(`${inbox}/api/Messages?pageSize=200&sortIsDescending=true`)).json()) as InboxPage;
  const message = messages.results.find((item) => [item.to].flat().some((to) => to.toLowerCase().includes(partnerEmail)));
  if (!message) return undefined;
  const text = await (await request.get(`${inbox}/api/Messages/${message.id}/plaintext`)).text();
  return /https?:\/\/\S+\/update#[A-Za-z0-9_-]+/.exec(text)?.[0];
}

/** Runs the scan as the programme manager, then waits for the digest's email and returns its link. */
async function emailedLink(browser: Browser, request: APIRequestContext): Promise<string> {
  const manager = await browser.newContext({ storageState: programmeManagerStorageState });
  try {
    await apiPost(await manager.newPage(), '/api/v1/reminders/scan', {});
  } finally {
    await manager.close();
  }
  let link: string | undefined;
  await expect
    .poll(async () => (link = await latestLink(request)), { timeout: 90_000, intervals: [1_000], message: `an email to ${partnerEmail} in ${inbox}` })
    .toBeDefined();
  return link!;
}

test.describe('a partner lead posts an update through the signed link in their reminder email', () => {
  // The lead has no account: nobody is signed in.
  test.use({ storageState: { cookies: [], origins: [] } });
  test.setTimeout(180_000);

  test('the link lists their actions, posts an update as the lead, and every state has no WCAG 2.2 AA violations', async ({ browser, page, request }) => {
    const link = await emailedLink(browser, request);
    const linkPage = new UpdateLinkPage(page);

    await linkPage.open(link);
    await expect(linkPage.heading).toBeVisible();
    await expect(page, 'the token leaves the address bar').toHaveURL(/\/update$/);
    await expect(page.getByText(partnerName, { exact: true })).toBeVisible();
    await expect(linkPage.postLinks().first()).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);

    const first = linkPage.postLinks().first();
    const reference = ((await first.textContent()) ?? '').replace('Post an update on ', '').trim();
    await first.click();
    const form = new ProgressUpdatePage(page);
    await expect(form.heading).toBeVisible();
    const actionId = new URL(page.url()).searchParams.get('action')!;
    expect(await wcagViolations(page)).toEqual([]);

    // The action's status stays as it is (other specs read the demo plan); the note is this run's own.
    const note = `Outreach sessions held this month (e2e ${Date.now()})`;
    await form.rating('No rating this time').check();
    await form.note.fill(note);
    await form.submit.click();
    await expect(linkPage.successBanner).toContainText(`Update posted on ${reference}`);
    await expect(page).toHaveURL(/\/update$/);
    expect(await wcagViolations(page)).toEqual([]);

    // The programme manager sees it on the action's timeline, authored by the lead through the link.
    const manager = await browser.newContext({ storageState: programmeManagerStorageState });
    const timeline = await apiGet<{ items: { authorName: string; note?: string }[] }>(await manager.newPage(), `/api/v1/actions/${actionId}/progress-updates`);
    await manager.close();
    expect(timeline.items[0]).toMatchObject({ authorName: `${partnerName} (update link)`, note });
  });

  test('a link that has been altered shows a plain page with no violations', async ({ browser, page, request }) => {
    const link = await emailedLink(browser, request);
    const url = new URL(link);
    const linkPage = new UpdateLinkPage(page);

    await page.goto(`${url.pathname}#${url.hash.slice(1, -6)}AAAAAA`);

    await expect(linkPage.refusedHeading('This link does not work')).toBeVisible();
    await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
    expect(await wcagViolations(page)).toEqual([]);
  });

  test('an expired link shows "This link has expired" with no violations', async ({ page }) => {
    // Nothing in the product can age a link by weeks during a test, so the API's answer to an expired link is played
    // back here exactly as the API sends it (the .NET tests check that answer against a really expired link).
    await page.route('**/api/v1/update-link', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/problem+json',
        headers: { 'WWW-Authenticate': 'UpdateLink' },
        body: JSON.stringify({
          type: 'https://tools.ietf.org/html/rfc9110#section-15.5.2',
          title: 'The link cannot be used.',
          status: 401,
          detail: 'This link has expired. Ask the programme manager for a new one.',
          reason: 'expired',
        }),
      }),
    );
    const linkPage = new UpdateLinkPage(page);

    await page.goto('/update#CfDJ8an-expired-link-token-for-the-page');

    await expect(linkPage.refusedHeading('This link has expired')).toBeVisible();
    await expect(page.getByText('Ask the programme manager for a new one.')).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
  });
});
