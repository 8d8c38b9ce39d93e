import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { ApiKeyDto, CreateApiKeyRequest, CurrentUserDto } from '@/api/delivery-tracker-client';
import { ApiKeysRoute } from '@/app/routes/admin/api-keys';
import { paths } from '@/config/paths';
import { RequireAdministrator } from '@/features/auth/components/require-administrator';
import { currentUserQueryKey } from '@/features/auth/api/get-current-user';
import { createQueryClient } from '@/lib/query-client';

const admin: CurrentUserDto = {
  id: '00000000-0000-0000-0000-00000000000a',
  email: 'admin@example.org',
  displayName: 'Demo administrator',
  roles: ['Administrator'],
  leadId: undefined,
  authenticationMethod: 'cookie',
};

const pm: CurrentUserDto = { ...admin, email: 'pm@example.org', displayName: 'Demo programme manager', roles: ['ProgrammeManager'] };

// Generous waits: the first render of a file pays for loading its modules, and this suite shares two cores.
const slow = { timeout: 5_000 };

const secret = 'dtk_0123456789abcdef_secret-part-shown-once';

function problem(status: number, body: object): Response {
  return new Response(JSON.stringify({ status, ...body }), { status, headers: { 'content-type': 'application/problem+json' } });
}

function key(overrides: Partial<ApiKeyDto>): ApiKeyDto {
  return {
    id: 'key-1',
    name: 'Council BI nightly pull',
    prefix: 'dtk_3f9a1c0b',
    scopes: ['plans:read', 'kpis:read'],
    createdAt: '2026-01-10T09:00:00Z',
    createdBy: 'admin@example.org',
    expiresAt: '2099-01-10T00:00:00Z',
    revokedAt: undefined,
    lastUsedAt: undefined,
    etag: '"1"',
    ...overrides,
  };
}

/** The API keys endpoints as far as the page uses them, over an in-memory list. */
function fakeApi(initial: ApiKeyDto[]) {
  const keys = [...initial];
  return vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    if (url.startsWith('/api/v1/api-keys?') && method === 'GET') return Response.json({ items: keys, nextCursor: null });
    if (url === '/api/v1/api-keys' && method === 'POST') {
      const request = JSON.parse(String(init?.body)) as CreateApiKeyRequest;
      const errors: Record<string, string[]> = {};
      if (!request.name) errors.name = ['Enter a name for the key'];
      if (request.scopes.length === 0) errors.scopes = ['Select at least one scope'];
      if (Object.keys(errors).length > 0) return problem(400, { title: 'One or more validation errors occurred.', errors });
      if (keys.some((existing) => existing.name === request.name)) {
        return problem(409, { title: 'Conflict', detail: 'An API key with this name already exists.' });
      }
      const created = key({ id: `key-${keys.length + 1}`, name: request.name, scopes: request.scopes, expiresAt: request.expiresAt, prefix: 'dtk_01234567' });
      keys.push(created);
      return Response.json({ key: secret, apiKey: created }, { status: 201 });
    }
    const revoke = /^\/api\/v1\/api-keys\/([^/?]+)$/.exec(url);
    if (revoke && method === 'DELETE') {
      const index = keys.findIndex((existing) => existing.id === revoke[1]);
      const existing = keys[index];
      if (existing) keys[index] = { ...existing, revokedAt: '2026-11-23T10:00:00Z' };
      return new Response(null, { status: 204 });
    }
    return problem(404, { title: 'Not Found' });
  });
}

function renderPage(user: CurrentUserDto, initialEntries: string[] = [paths.admin.apiKeys.getHref()]): { queryClient: QueryClient } {
  const queryClient = createQueryClient();
  queryClient.setQueryData(currentUserQueryKey, user);
  const router = createMemoryRouter(
    [
      { element: <RequireAdministrator />, children: [{ path: paths.admin.apiKeys.path, element: <ApiKeysRoute /> }] },
      { path: '/elsewhere', element: <h1>Elsewhere</h1> },
    ],
    { initialEntries },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { queryClient };
}

describe('the API keys page', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      fakeApi([key({}), key({ id: 'key-2', name: 'Old export', revokedAt: '2026-02-01T00:00:00Z', lastUsedAt: '2026-01-20T08:31:00Z' }),]),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lists the keys with their status in words and a Revoke button, named for the key, only on active ones', async () => {
    renderPage(admin);

    const table = await screen.findByRole('table', { name: 'API keys' }, slow);
    const [first, second, ...rest] = within(table).getAllByRole('row').slice(1);
    expect(rest).toHaveLength(0);
    const rows = [first as HTMLElement, second as HTMLElement];
    expect(within(rows[0] as HTMLElement).getByText('Active')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('Never')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('10 January 2099')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByRole('button', { name: 'Revoke Council BI nightly pull' })).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Revoked')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('20 January 2026')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).queryByRole('button')).toBeNull();
    await vi.waitFor(() => expect(document.title).toBe('API keys – Delivery Tracker'));
  });

  it('shows a new key once, and keeps it nowhere in the query client', async () => {
    const user = userEvent.setup();
    const { queryClient } = renderPage(admin);

    await user.type(await screen.findByLabelText('Name', {}, slow), 'Partner dashboard');
    await user.click(screen.getByRole('checkbox', { name: 'plans:read' }));
    const expiry = screen.getByLabelText('Expiry date') as HTMLInputElement;
    expect(expiry.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await user.click(screen.getByRole('button', { name: 'Create API key' }));

    expect(await screen.findByText(secret, {}, slow)).toBeTruthy();
    expect(screen.getByText('Copy this key now. You will not be able to see it again.')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'API keys' });
    await vi.waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4), slow);
    // The form starts again empty.
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('');

    const request = JSON.parse(String(vi.mocked(fetch).mock.calls.find(([, init]) => init?.method === 'POST')?.[1]?.body)) as CreateApiKeyRequest;
    expect(request.name).toBe('Partner dashboard');
    expect(request.scopes).toEqual(['plans:read']);
    expect(request.expiresAt).toBe(`${expiry.value}T00:00:00Z`);

    const cached = JSON.stringify([
      queryClient.getQueryCache().getAll().map((query) => query.state.data),
      queryClient.getMutationCache().getAll().map((mutation) => mutation.state.data),
    ]);
    expect(cached).not.toContain(secret);
  });

  it('shows the API\u2019s validation messages in the summary and beside each field', async () => {
    const user = userEvent.setup();
    renderPage(admin);

    await user.click(await screen.findByRole('button', { name: 'Create API key' }, slow));

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter a name for the key', '#api-key-name'],
      ['Select at least one scope', '#api-key-scopes'],
    ]);
    expect(document.activeElement).toBe(summary);
    expect(screen.getByLabelText('Name').className).toContain('govuk-input--error');
    expect(screen.getByRole('group', { name: 'What may the key do?' }).textContent).toContain('Error: Select at least one scope');
    await vi.waitFor(() => expect(document.title).toBe('Error: API keys – Delivery Tracker'));
  });

  it('says when the expiry date is missing, without asking the API', async () => {
    const user = userEvent.setup();
    renderPage(admin);

    await user.clear(await screen.findByLabelText('Expiry date', {}, slow));
    await user.click(screen.getByRole('button', { name: 'Create API key' }));

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getByRole('link', { name: 'Enter the date the key expires' }).getAttribute('href')).toBe('#api-key-expires-at');
    expect(vi.mocked(fetch).mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('revokes a key, which is then listed as Revoked', async () => {
    const user = userEvent.setup();
    renderPage(admin);

    await user.click(await screen.findByRole('button', { name: 'Revoke Council BI nightly pull' }, slow));

    expect(await screen.findByText('API key “Council BI nightly pull” revoked', {}, slow)).toBeTruthy();
    const table = screen.getByRole('table', { name: 'API keys' });
    await vi.waitFor(() => expect(within(table).getAllByText('Revoked')).toHaveLength(2), slow);
    expect(within(table).queryByRole('button')).toBeNull();
  });

  it('tells someone who is not an administrator that they do not have permission, without asking for the keys', async () => {
    renderPage(pm);

    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' }, slow)).toBeTruthy();
    expect(vi.mocked(fetch)).not.toHaveBeenCalled();
  });
});
