import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { AppLayout } from '@/components/layouts/app-layout';

function renderLayout(props: { signedIn: boolean; administrator: boolean }) {
  const router = createMemoryRouter([{ path: '*', element: <AppLayout {...props} /> }], { initialEntries: ['/admin/api-keys'] });
  render(<RouterProvider router={router} />);
  return within(screen.getByRole('navigation', { name: 'Menu' }));
}

describe('the service navigation', () => {
  it('lists the administration pages for an administrator, marking the current one', () => {
    const menu = renderLayout({ signedIn: true, administrator: true });
    expect(menu.getAllByRole('link').map((link) => link.textContent)).toEqual(['Plans', 'API keys', 'Users']);
    expect(menu.getByRole('link', { name: 'API keys' }).getAttribute('aria-current')).toBe('page');
  });

  it('does not list them for anyone else', () => {
    const menu = renderLayout({ signedIn: true, administrator: false });
    expect(menu.getAllByRole('link').map((link) => link.textContent)).toEqual(['Plans']);
  });
});
