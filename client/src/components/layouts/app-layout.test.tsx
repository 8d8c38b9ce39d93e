import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import type { CurrentUserDto } from '@/api/delivery-tracker-client';
import { navigationItems } from '@/app/navigation';
import { AppLayout } from '@/components/layouts/app-layout';
import { testUsers } from '@/testing/render-route';

function renderLayout(user: CurrentUserDto | null, url: string) {
  const router = createMemoryRouter([{ path: '*', element: <AppLayout navigationItems={navigationItems(user, url)} /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return screen.queryByRole('navigation', { name: 'Menu' });
}

const linkTexts = (menu: HTMLElement | null) => within(menu as HTMLElement).getAllByRole('link').map((link) => link.textContent);

describe('the service navigation', () => {
  it('lists the administration pages for an administrator, marking the current one', () => {
    const menu = renderLayout(testUsers.administrator, '/admin/api-keys');
    expect(linkTexts(menu)).toEqual(['Plans', 'Reminders', 'KPIs', 'API keys', 'Users']);
    expect(within(menu as HTMLElement).getByRole('link', { name: 'API keys' }).getAttribute('aria-current')).toBe('page');
  });

  it('gives a programme manager the overdue list, the reminders log and leads, and a lead their own actions', () => {
    expect(linkTexts(renderLayout(testUsers.programmeManager, '/'))).toEqual(['Plans', 'Overdue and due soon', 'Reminders', 'KPIs', 'Leads']);
    document.body.innerHTML = '';
    expect(linkTexts(renderLayout(testUsers.lead, '/my-actions'))).toEqual(['Plans', 'My actions', 'KPIs']);
  });

  it('marks Plans as the section of an action page, and shows no menu to someone signed out', () => {
    const menu = renderLayout(testUsers.viewer, '/actions/a-1');
    expect(within(menu as HTMLElement).getByRole('link', { name: 'Plans' }).getAttribute('aria-current')).toBe('true');
    document.body.innerHTML = '';
    expect(renderLayout(null, '/accessibility')).toBeNull();
  });
});
