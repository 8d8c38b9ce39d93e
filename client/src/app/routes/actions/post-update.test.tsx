import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { CreateProgressUpdateRequest, CurrentUserDto } from '@/api/delivery-tracker-client';
import { PostUpdateRoute } from '@/app/routes/actions/post-update';
import { paths } from '@/config/paths';
import { actionDto, planDto, progressUpdateDto } from '@/features/actions/testing/action-fixtures';
import type { FakeRequest } from '@/testing/fake-api';
import { installFakeApi, problem } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

const slow = { timeout: 5_000 };

// Typing into a form takes seconds on the shared machine: more than the default 5 s per test.
vi.setConfig({ testTimeout: 30_000 });

type Posted = { ifMatch: string | null; body: CreateProgressUpdateRequest };

function fakeApi({ action = actionDto(), onPost }: { action?: ReturnType<typeof actionDto>; onPost?: (request: FakeRequest) => unknown } = {}) {
  const posted: Posted[] = [];
  const fetchMock = installFakeApi({
    'GET /api/v1/actions/:actionId': () => action,
    'GET /api/v1/plans/:planId': () => planDto(),
    'POST /api/v1/actions/:actionId/progress-updates': (request) => {
      posted.push({ ifMatch: request.headers.get('If-Match'), body: request.body as CreateProgressUpdateRequest });
      return onPost ? onPost(request) : progressUpdateDto();
    },
  });
  return { fetchMock, posted };
}

function renderForm(user: CurrentUserDto = testUsers.lead) {
  return renderRoute({ path: paths.actions.update.path, element: <PostUpdateRoute />, url: paths.actions.update.getHref('action-1'), user });
}

describe('posting a progress update', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the derived rating, and asks for a justification only when the reported rating differs from it', async () => {
    const user = userEvent.setup();
    const { posted } = fakeApi();
    const { router } = renderForm();

    const derived = await screen.findByText(/The rating derived from the schedule is/, {}, slow);
    expect(derived.textContent).toBe('The rating derived from the schedule is Derived rating: Red (overdue since 31 Mar 2020).');
    expect(screen.getByRole('radio', { name: 'In progress' })).toHaveProperty('checked', true);
    expect((screen.getByLabelText('Percent complete (optional)') as HTMLInputElement).value).toBe('40');

    const justification = () => screen.queryByLabelText('Why does your rating differ from the derived rating?');
    expect(justification()).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Red' }));
    expect(justification()).toBeNull();
    await user.click(screen.getByRole('radio', { name: 'Amber' }));
    expect(justification()).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Amber' }).getAttribute('aria-controls')).toBe('update-reported-rag-2-conditional');

    await user.type(justification() as HTMLElement, 'Partner workshop booked');
    await user.clear(screen.getByLabelText('Percent complete (optional)'));
    await user.type(screen.getByLabelText('Percent complete (optional)'), '55');
    await user.type(screen.getByLabelText('Links to evidence (optional)'), 'https://example.org/a{Enter}{Enter}https://example.org/b');
    await user.click(screen.getByRole('button', { name: 'Post update' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/actions/action-1'), slow);
    expect(router.state.location.state).toEqual({ flash: { heading: 'Progress update posted', body: undefined } });
    expect(posted).toEqual([
      {
        ifMatch: '"7"',
        body: {
          status: 'InProgress',
          percentComplete: 55,
          reportedRag: 'Amber',
          justification: 'Partner workshop booked',
          evidenceLinks: ['https://example.org/a', 'https://example.org/b'],
        },
      },
    ]);
  });

  it('offers the 5-point scale when the plan uses it', async () => {
    installFakeApi({
      'GET /api/v1/actions/:actionId': () => actionDto(),
      'GET /api/v1/plans/:planId': () => planDto({ settings: { ...planDto().settings, ragScale: 'FivePoint' } }),
    });
    renderForm();

    const ratings = await screen.findByRole('group', { name: 'How would you rate delivery of this action?' }, slow);
    expect(within(ratings).getAllByRole('radio').map((radio) => radio.parentElement?.querySelector('label')?.textContent)).toEqual([
      'Green',
      'Amber/Green',
      'Amber',
      'Amber/Red',
      'Red',
      'No rating this time',
    ]);
  });

  it('shows the API\u2019s validation messages in the summary and beside each field, revealing the justification when the API asks for it', async () => {
    const user = userEvent.setup();
    fakeApi({
      onPost: () =>
        problem(400, {
          title: 'One or more validation errors occurred.',
          errors: {
            justification: ['The rating derived for the action as of 2 Dec 2026 is Green; say why you report Red.'],
            'evidenceLinks[0]': ['An evidence link must be an absolute http or https URL.'],
          },
        }),
    });
    renderForm();

    await user.click(await screen.findByRole('radio', { name: 'Red' }, slow));
    await user.type(screen.getByLabelText('Links to evidence (optional)'), 'minutes.pdf');
    await user.click(screen.getByRole('button', { name: 'Post update' }));

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['The rating derived for the action as of 2 Dec 2026 is Green; say why you report Red.', '#update-justification'],
      ['Evidence link 1: An evidence link must be an absolute http or https URL.', '#update-evidence-links'],
    ]);
    expect(screen.getByLabelText('Why does your rating differ from the derived rating?').className).toContain('govuk-textarea--error');
    await vi.waitFor(() => expect(document.title).toBe('Error: Post a progress update on ASB-3.4 – Delivery Tracker'));
  });

  it('says percent complete must be a whole number without asking the API', async () => {
    const user = userEvent.setup();
    const { posted } = fakeApi();
    renderForm();

    const percent = await screen.findByLabelText('Percent complete (optional)', {}, slow);
    await user.clear(percent);
    await user.type(percent, 'half');
    await user.click(screen.getByRole('button', { name: 'Post update' }));

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getByRole('link').getAttribute('href')).toBe('#update-percent-complete');
    expect(posted).toEqual([]);
  });

  it('on a 412 shows what the other person changed, and saves again over it with the new version', async () => {
    const user = userEvent.setup();
    const theirs = actionDto({ status: 'Blocked', percentComplete: 60, lastProgressAt: '2026-12-02T09:00:00Z', etag: '"8"' });
    let calls = 0;
    const { posted } = fakeApi({
      onPost: () => {
        calls += 1;
        return calls === 1 ? problem(412, { title: 'Precondition Failed', current: theirs, currentETag: '"8"' }) : progressUpdateDto();
      },
    });
    const { router } = renderForm();

    await user.click(await screen.findByRole('radio', { name: 'Completed' }, slow));
    await user.click(screen.getByRole('button', { name: 'Post update' }));

    const panel = await screen.findByRole('alert', {}, slow);
    expect(within(panel).getByRole('heading', { name: 'Someone else changed this action while you were editing' })).toBeTruthy();
    const rows = within(within(panel).getByRole('table', { name: 'What they changed' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'StatusIn progressBlockedCompleted',
      'Percent complete40%60%40%',
      'Latest progress update10 February 2020 at 10:00am2 December 2026 at 9:00amThis update',
    ]);
    expect(document.activeElement).toBe(panel);

    await user.click(within(panel).getByRole('button', { name: 'Save my changes again' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/actions/action-1'), slow);
    expect(posted.map((post) => [post.ifMatch, post.body.status])).toEqual([
      ['"7"', 'Completed'],
      ['"8"', 'Completed'],
    ]);
  });

  it('refuses a lead who does not lead the action, without showing the form', async () => {
    fakeApi({ action: actionDto({ leads: [{ leadId: 'lead-9', name: 'Police', kind: 'Organisation', isPrimary: true }] }) });
    renderForm(testUsers.lead);

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' }, slow)).toBeTruthy();
    expect(screen.getByText('You can post progress updates only on actions you lead; ASB-3.4 is led by others.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Post update' })).toBeNull();
  });

  it('shows the API\u2019s 403 as a permission page', async () => {
    const user = userEvent.setup();
    fakeApi({ onPost: () => problem(403, { title: 'Forbidden', detail: 'You can post progress updates only on actions you lead; ASB-3.4 is led by others.' }) });
    renderForm(testUsers.lead);

    await user.click(await screen.findByRole('button', { name: 'Post update' }, slow));

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' }, slow)).toBeTruthy();
    expect(screen.getByText('You can post progress updates only on actions you lead; ASB-3.4 is led by others.')).toBeTruthy();
  });

  it('says "Action not found" for an unknown id', async () => {
    installFakeApi({ 'GET /api/v1/actions/:actionId': () => problem(404, { title: 'Not Found' }) });
    renderForm(testUsers.programmeManager);

    expect(await screen.findByRole('heading', { level: 1, name: 'Action not found' }, slow)).toBeTruthy();
  });
});
