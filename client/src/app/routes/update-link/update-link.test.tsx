import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { CreateProgressUpdateRequest, UpdateLinkActionDto, UpdateLinkDto } from '@/api/delivery-tracker-client';
import { UpdateLinkRoute } from '@/app/routes/update-link/update-link';
import { paths } from '@/config/paths';
import { progressUpdateDto } from '@/features/actions/testing/action-fixtures';
import { installFakeApi, problem, type FakeRequest } from '@/testing/fake-api';
import { renderRoute } from '@/testing/render-route';
import { readUpdateLinkToken } from '@/lib/update-link-token';

const slow = { timeout: 5_000 };

// Typing into a form takes seconds on the shared machine: more than the default 5 s per test.
vi.setConfig({ testTimeout: 30_000 });

const token = 'CfDJ8Signed_link-token-from-the-email';

function linkAction(overrides: Partial<UpdateLinkActionDto> = {}): UpdateLinkActionDto {
  return {
    id: 'action-1',
    referenceCode: 'SYV-1.1',
    text: 'Deliver mentoring for young people at risk of serious violence.',
    status: 'InProgress',
    percentComplete: 40,
    dueDate: '2020-03-31',
    lastProgressAt: '2020-01-10T10:00:00Z',
    derivedRag: 'Red',
    derivedReasonText: 'overdue since 31 Mar 2020',
    ragScale: 'ThreePoint',
    etag: '"7"',
    ...overrides,
  };
}

function updateLink(overrides: Partial<UpdateLinkDto> = {}): UpdateLinkDto {
  return {
    leadName: 'St Giles Trust',
    expiresAt: '2020-04-29T06:00:00Z',
    actions: [linkAction(), linkAction({ id: 'action-2', referenceCode: 'SYV-1.2', text: 'Run knife crime workshops in schools.', lastProgressAt: undefined, dueDate: undefined, status: 'NotStarted' })],
    ...overrides,
  };
}

type Posted = { actionId: string; ifMatch: string | null; authorization: string | null; body: CreateProgressUpdateRequest };

/** The API as the link sees it: 401 "missing" without the link's header, as the real scheme answers. */
function fakeApi({ link = updateLink(), refuse, onPost }: { link?: UpdateLinkDto; refuse?: string; onPost?: (request: FakeRequest) => unknown } = {}) {
  const posted: Posted[] = [];
  const authorizations: (string | null)[] = [];
  installFakeApi({
    'GET /api/v1/update-link': ({ headers }) => {
      authorizations.push(headers.get('Authorization'));
      if (refuse) return problem(401, { title: 'The link cannot be used.', reason: refuse });
      return headers.get('Authorization') === `UpdateLink ${token}` ? link : problem(401, { title: 'The link cannot be used.', reason: 'missing' });
    },
    'POST /api/v1/update-link/actions/:actionId/progress-updates': (request) => {
      posted.push({
        actionId: request.params.actionId!,
        ifMatch: request.headers.get('If-Match'),
        authorization: request.headers.get('Authorization'),
        body: request.body as CreateProgressUpdateRequest,
      });
      return onPost ? onPost(request) : progressUpdateDto();
    },
  });
  return { posted, authorizations };
}

function renderPage(url = `${paths.updateLink.getHref()}#${token}`) {
  return renderRoute({ path: paths.updateLink.path, element: <UpdateLinkRoute />, url, user: null });
}

describe('the signed update link page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionStorage.clear();
  });

  it('takes the token from the address, removes it from the address bar and lists the link’s actions', async () => {
    const { authorizations } = fakeApi();
    const { router } = renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Update your actions' }, slow)).toBeTruthy();
    expect(screen.getByText('St Giles Trust')).toBeTruthy();
    expect(screen.getByText(/This link works until 29 April 2020 at 7:00am/)).toBeTruthy();
    expect(authorizations).toEqual([`UpdateLink ${token}`]);
    expect(router.state.location.hash).toBe('');
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['In progress', '31 March 2020', '10 January 2020 at 10:00am', 'Post an update on SYV-1.1'],
      ['Not started', 'No due date', 'None yet', 'Post an update on SYV-1.2'],
    ]);
    await vi.waitFor(() => expect(document.title).toBe('Update your actions – Delivery Tracker'));
  });

  it('keeps the token for the tab, so a reload without it in the address still works', async () => {
    fakeApi();
    renderPage();
    await screen.findByRole('table', {}, slow);

    const { authorizations } = fakeApi();
    renderPage(paths.updateLink.getHref());

    await vi.waitFor(() => expect(authorizations).toEqual([`UpdateLink ${token}`]), slow);
  });

  it('posts an update with the action’s version and the link, then shows a success banner over the list', async () => {
    const user = userEvent.setup();
    const { posted } = fakeApi();
    const { router } = renderPage();

    await user.click(await screen.findByRole('link', { name: 'Post an update on SYV-1.1' }, slow));
    expect(await screen.findByRole('heading', { level: 1, name: 'Post a progress update' }, slow)).toBeTruthy();
    expect(screen.getByText(/The rating derived from the schedule is/).textContent).toBe(
      'The rating derived from the schedule is Derived rating: Red (overdue since 31 Mar 2020).',
    );
    await user.click(screen.getByRole('radio', { name: 'Amber' }));
    await user.type(screen.getByLabelText('Why does your rating differ from the derived rating?'), 'Funding agreed for next year');
    await user.clear(screen.getByLabelText('Percent complete (optional)'));
    await user.type(screen.getByLabelText('Percent complete (optional)'), '60');
    await user.click(screen.getByRole('button', { name: 'Post update' }));

    await vi.waitFor(() => expect(router.state.location.search).toBe(''), slow);
    expect(router.state.location.state).toEqual({ flash: { heading: 'Update posted on SYV-1.1', body: undefined } });
    expect(posted).toEqual([
      {
        actionId: 'action-1',
        ifMatch: '"7"',
        authorization: `UpdateLink ${token}`,
        body: { status: 'InProgress', percentComplete: 60, reportedRag: 'Amber', justification: 'Funding agreed for next year' },
      },
    ]);
    expect(await screen.findByText('Update posted on SYV-1.1', {}, slow)).toBeTruthy();
  });

  it('shows the API’s validation messages on the form', async () => {
    const user = userEvent.setup();
    fakeApi({ onPost: () => problem(400, { title: 'One or more validation errors occurred.', errors: { justification: ['Say why you report Green.'] } }) });
    renderPage(`${paths.updateLink.getHref('action-1')}#${token}`);

    await user.click(await screen.findByRole('radio', { name: 'Green' }, slow));
    await user.click(screen.getByRole('button', { name: 'Post update' }));

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getByRole('link').textContent).toBe('Say why you report Green.');
    await vi.waitFor(() => expect(document.title).toBe('Error: Post an update on SYV-1.1 – Delivery Tracker'));
  });

  it.each([
    ['expired', 'This link has expired'],
    ['revoked', 'This link has been cancelled'],
    ['invalid', 'This link does not work'],
  ])('shows a plain page for a link the API refuses as %s', async (reason, heading) => {
    fakeApi({ refuse: reason });
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: heading }, slow)).toBeTruthy();
    expect(screen.getByText(/Ask the programme manager for a new one|ask the programme manager for a new one/)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
    await vi.waitFor(() => expect(document.title).toBe(`${heading} – Delivery Tracker`));
    expect(readUpdateLinkToken()).toBeUndefined();
  });

  it('asks for the email’s link when opened without one', async () => {
    const { authorizations } = fakeApi();
    renderPage(paths.updateLink.getHref());

    expect(await screen.findByRole('heading', { level: 1, name: 'Open the link in your reminder email' }, slow)).toBeTruthy();
    expect(authorizations).toEqual([null]);
  });

  it('shows the expired page when the link expires while the form is open', async () => {
    const user = userEvent.setup();
    fakeApi({ onPost: () => problem(401, { title: 'The link cannot be used.', reason: 'expired' }) });
    renderPage(`${paths.updateLink.getHref('action-2')}#${token}`);

    await user.click(await screen.findByRole('button', { name: 'Post update' }, slow));

    expect(await screen.findByRole('heading', { level: 1, name: 'This link has expired' }, slow)).toBeTruthy();
  });
});
