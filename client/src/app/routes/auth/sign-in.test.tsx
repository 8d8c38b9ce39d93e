import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { CurrentUserDto } from '@/api/delivery-tracker-client';
import { SignInRoute } from '@/app/routes/auth/sign-in';
import { paths } from '@/config/paths';
import { currentUserQueryKey } from '@/features/auth/api/get-current-user';
import { RequireSignedIn } from '@/features/auth/components/require-signed-in';
import { createQueryClient } from '@/lib/query-client';

const pm: CurrentUserDto = {
  id: '11111111-1111-1111-1111-111111111111',
  email: 'pm@example.org',
  displayName: 'Demo programme manager',
  roles: ['ProgrammeManager'],
  leadId: undefined,
  authenticationMethod: 'cookie',
};

// Generous waits: the first render of a file pays for loading its modules, and this suite shares two cores.
const slow = { timeout: 5_000 };

const wrongPassword = 'The email or password is not right, or the account is locked or disabled.';

function problem(status: number, body: object): Response {
  return new Response(JSON.stringify({ status, ...body }), { status, headers: { 'content-type': 'application/problem+json' } });
}

/** The API as far as these pages use it: one account, pm@example.org with the password "right-horse-battery". */
function fakeApi(alreadySignedIn = false) {
  let signedIn = alreadySignedIn;
  return vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    if (url === '/api/v1/auth/me') return signedIn ? Response.json(pm) : problem(401, { title: 'Unauthorized' });
    if (url === '/api/v1/auth/sign-in' && init?.method === 'POST') {
      const { email, password } = JSON.parse(String(init.body)) as { email: string; password: string };
      if (!email || !password) {
        return problem(400, {
          title: 'One or more validation errors occurred.',
          errors: {
            ...(email ? {} : { email: ['Enter your email address'] }),
            ...(password ? {} : { password: ['Enter your password'] }),
          },
        });
      }
      if (email !== pm.email || password !== 'right-horse-battery') return problem(401, { title: 'Sign-in failed.', detail: wrongPassword });
      signedIn = true;
      return Response.json(pm);
    }
    return problem(404, { title: 'Not Found' });
  });
}

function ProtectedPage() {
  const location = useLocation();
  return <h1>Protected page at {location.pathname}</h1>;
}

function renderApp(initialPath: string) {
  const queryClient = createQueryClient({ onUnauthorized: () => queryClient.setQueryData(currentUserQueryKey, null) });
  const router = createMemoryRouter(
    [
      { path: paths.auth.signIn.path, element: <SignInRoute /> },
      { element: <RequireSignedIn />, children: [{ path: '*', element: <ProtectedPage /> }] },
    ],
    { initialEntries: [initialPath] },
  );
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('signing in', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', fakeApi());
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends a signed-out user to sign in, then back to the page they asked for', async () => {
    const user = userEvent.setup();
    const router = renderApp('/plans/abc?theme=x');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' }, slow)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe(`?returnTo=${encodeURIComponent('/plans/abc?theme=x')}`);
    await vi.waitFor(() => expect(document.title).toBe('Sign in – Delivery Tracker'));

    const email = screen.getByLabelText('Email address');
    const password = screen.getByLabelText('Password');
    expect(email.getAttribute('autocomplete')).toBe('email');
    expect(email.getAttribute('type')).toBe('email');
    expect(password.getAttribute('autocomplete')).toBe('current-password');
    expect(password.getAttribute('type')).toBe('password');

    await user.type(email, pm.email);
    await user.type(password, 'right-horse-battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Protected page at /plans/abc' }, slow)).toBeTruthy();
    expect(router.state.location.search).toBe('?theme=x');
  });

  it('shows the problem\u2019s detail in a focused error summary when the password is wrong, and again after each attempt', async () => {
    const user = userEvent.setup();
    renderApp(paths.auth.signIn.getHref());

    await user.type(await screen.findByLabelText('Email address', {}, slow), pm.email);
    await user.type(screen.getByLabelText('Password'), 'wrong-password-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getByRole('heading', { level: 2, name: 'There is a problem' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: wrongPassword }).getAttribute('href')).toBe('#email');
    expect(document.activeElement).toBe(summary);
    await vi.waitFor(() => expect(document.title).toBe('Error: Sign in – Delivery Tracker'));

    (screen.getByLabelText('Password') as HTMLInputElement).focus();
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await vi.waitFor(() => expect(document.activeElement?.className).toBe('govuk-error-summary'), slow);
  });

  it('sends a user who is already signed in on to where they were going', async () => {
    vi.stubGlobal('fetch', fakeApi(true));
    const router = renderApp(`${paths.auth.signIn.getHref()}?returnTo=${encodeURIComponent('/plans/xyz')}`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Protected page at /plans/xyz' }, slow)).toBeTruthy();
    expect(router.state.location.pathname).toBe('/plans/xyz');
  });

  it('shows the API\u2019s validation messages in the summary and beside each empty field', async () => {
    const user = userEvent.setup();
    renderApp(paths.auth.signIn.getHref());

    await user.click(await screen.findByRole('button', { name: 'Sign in' }, slow));

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter your email address', '#email'],
      ['Enter your password', '#password'],
    ]);
    const email = screen.getByLabelText('Email address');
    expect(email.className).toContain('govuk-input--error');
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe('Error: Enter your email address');
  });
});
