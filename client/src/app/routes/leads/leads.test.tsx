import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { LeadDto } from '@/api/delivery-tracker-client';
import { EditLeadRoute } from '@/app/routes/leads/edit-lead';
import { LeadsListRoute } from '@/app/routes/leads/leads-list';
import { NewLeadRoute } from '@/app/routes/leads/new-lead';
import { paths } from '@/config/paths';
import { installFakeApi, json, problem } from '@/testing/fake-api';
import { renderRoute, testUsers } from '@/testing/render-route';

const slow = { timeout: 5_000 };
// Typing and clicking through a form takes several seconds while the machine's two cores are shared.
const formTest = { timeout: 30_000 };

function lead(overrides: Partial<LeadDto>): LeadDto {
  return {
    id: 'lead-1',
    name: 'Police',
    kind: 'Organisation',
    organisationId: undefined,
    organisationName: undefined,
    email: undefined,
    userId: undefined,
    openActionCount: 0,
    overdueActionCount: 0,
    updatedAt: '2026-01-10T09:00:00Z',
    etag: '"1"',
    ...overrides,
  };
}

const police = lead({ id: 'org-police', name: 'Police', openActionCount: 12, overdueActionCount: 3 });
const stGiles = lead({ id: 'org-st-giles', name: 'St Giles Trust' });
const inspector = lead({
  id: 'lead-inspector',
  name: 'Inspector Ann Lee',
  kind: 'Person',
  organisationId: police.id,
  organisationName: police.name,
  email: 'ann.lee@met.police.uk',
  userId: 'u-ann',
  openActionCount: 2,
});

const page = (items: LeadDto[]) => ({ items, nextCursor: null });

/** The leads list endpoint over a fixed set, filtering as the API does. */
function listLeads(all: LeadDto[]) {
  return ({ query }: { query: URLSearchParams }) =>
    page(
      all.filter(
        (item) =>
          (!query.get('kind') || item.kind === query.get('kind')) &&
          (!query.get('organisationId') || item.organisationId === query.get('organisationId')) &&
          (!query.get('q') || item.name.toLowerCase().includes(query.get('q')!.toLowerCase())),
      ),
    );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the leads list', formTest, () => {
  it('lists each lead with kind, organisation, account and action counts, overdue ones in words', async () => {
    installFakeApi({ 'GET /api/v1/leads': listLeads([police, inspector, stGiles]) });
    renderRoute({ path: paths.leads.list.path, element: <LeadsListRoute />, url: paths.leads.list.getHref() });

    const table = await screen.findByRole('table', { name: 'Leads' }, slow);
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(within(row('Inspector Ann Lee')).getByRole('link', { name: 'Police' }).getAttribute('href')).toBe(paths.leads.edit.getHref(police.id));
    expect(row('Inspector Ann Lee').textContent).toContain('ann.lee@met.police.uk');
    expect(row('Inspector Ann Lee').textContent).toContain('Yes');
    expect(within(row('Police')).getByText('3 overdue')).toBeTruthy();
    expect(row('St Giles Trust').textContent).toContain('Not given');
    expect(screen.getByText('3 leads')).toBeTruthy();
    await vi.waitFor(() => expect(document.title).toBe('Leads – Delivery Tracker'));
  });

  it('asks the API for the filters in the URL, and shows who belongs to an organisation', async () => {
    const fetchMock = installFakeApi({ 'GET /api/v1/leads': listLeads([police, inspector, stGiles]) });
    const user = userEvent.setup();
    const { router } = renderRoute({ path: paths.leads.list.path, element: <LeadsListRoute />, url: paths.leads.list.getHref() });

    await screen.findByRole('table', { name: 'Leads' }, slow);
    await user.selectOptions(await screen.findByLabelText('Belongs to'), 'Police');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    expect(await screen.findByRole('heading', { name: 'Who belongs to Police' }, slow)).toBeTruthy();
    expect(router.state.location.search).toBe('?organisationId=org-police');
    await vi.waitFor(() => expect(within(screen.getByRole('table', { name: 'Leads' })).getAllByRole('row')).toHaveLength(2), slow);
    const urls = fetchMock.mock.calls.map(([input]) => String(input));
    expect(urls.some((url) => url.includes('organisationId=org-police'))).toBe(true);
  });

  it('says when no lead matches', async () => {
    installFakeApi({ 'GET /api/v1/leads': listLeads([police]) });
    renderRoute({ path: paths.leads.list.path, element: <LeadsListRoute />, url: '/leads?q=nobody' });
    expect(await screen.findByText('No leads match these filters.', {}, slow)).toBeTruthy();
  });

  it('tells a viewer they do not have permission, without asking for the leads', async () => {
    const fetchMock = installFakeApi({});
    renderRoute({ path: paths.leads.list.path, element: <LeadsListRoute />, url: paths.leads.list.getHref(), user: testUsers.viewer });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have permission to see this page' }, slow)).toBeTruthy();
    expect(screen.getByText('Only programme managers can see this page.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('adding a lead', formTest, () => {
  it('shows the API\u2019s messages, and its own when no kind is chosen, in the summary and beside each field', async () => {
    const fetchMock = installFakeApi({
      'GET /api/v1/leads': listLeads([police]),
      'POST /api/v1/leads': () => problem(400, { title: 'One or more validation errors occurred.', errors: { name: ['Enter the lead\u2019s name'], email: ['Enter an email address in the right format'] } }),
    });
    const user = userEvent.setup();
    renderRoute({ path: paths.leads.new.path, element: <NewLeadRoute />, url: paths.leads.new.getHref() });

    await user.click(await screen.findByRole('button', { name: 'Add lead' }, slow));
    let summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Select what kind of lead this is', '#lead-kind'],
    ]);
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await user.click(screen.getByLabelText('Person'));
    await user.type(screen.getByLabelText('Email address (optional)'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Add lead' }));
    await vi.waitFor(() => {
      summary = screen.getByRole('alert').parentElement as HTMLElement;
      expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
        ['Enter the lead\u2019s name', '#lead-name'],
        ['Enter an email address in the right format', '#lead-email'],
      ]);
    }, slow);
    expect(screen.getByLabelText('Name').className).toContain('govuk-input--error');
    await vi.waitFor(() => expect(document.title).toBe('Error: Add a lead – Delivery Tracker'));
  });

  it('adds a person to an organisation and returns to the list', async () => {
    const fetchMock = installFakeApi({
      'GET /api/v1/leads': listLeads([police, stGiles]),
      'POST /api/v1/leads': ({ body }) => json(lead({ id: 'new', ...(body as Partial<LeadDto>) }), 201),
    });
    const user = userEvent.setup();
    const { router } = renderRoute({ path: paths.leads.new.path, element: <NewLeadRoute />, url: paths.leads.new.getHref() });

    await user.type(await screen.findByLabelText('Name', {}, slow), 'Sam Outreach');
    await user.click(screen.getByLabelText('Person'));
    await vi.waitFor(() => expect(screen.getAllByRole('option', { name: 'St Giles Trust' })).toHaveLength(1), slow);
    await user.selectOptions(screen.getByLabelText('Organisation (optional)'), 'St Giles Trust');
    await user.click(screen.getByRole('button', { name: 'Add lead' }));

    await vi.waitFor(() => expect(router.state.location.pathname).toBe(paths.leads.list.getHref()), slow);
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ name: 'Sam Outreach', kind: 'Person', organisationId: 'org-st-giles', email: null });
    expect(router.state.location.state).toEqual({ flash: { heading: 'Lead “Sam Outreach” added' } });
  });
});

describe('editing a lead', formTest, () => {
  it('sends the version it read in If-Match, and after a 412 shows their change and saves mine again on theirs', async () => {
    const theirs = { ...inspector, email: 'a.lee@met.police.uk', etag: '"2"' };
    const puts: { ifMatch: string | null; body: unknown }[] = [];
    installFakeApi({
      'GET /api/v1/leads/:leadId': () => inspector,
      'GET /api/v1/leads': listLeads([police, inspector, stGiles]),
      'PUT /api/v1/leads/:leadId': ({ headers, body }) => {
        puts.push({ ifMatch: headers.get('If-Match'), body });
        if (headers.get('If-Match') !== theirs.etag) {
          return problem(412, { title: 'Precondition Failed', detail: 'The lead has changed.', current: theirs, currentETag: theirs.etag });
        }
        return { ...theirs, ...(body as object), etag: '"3"' };
      },
    });
    const user = userEvent.setup();
    const { router } = renderRoute({ path: paths.leads.edit.path, element: <EditLeadRoute />, url: paths.leads.edit.getHref(inspector.id) });

    const name = await screen.findByLabelText('Name', {}, slow);
    await user.clear(name);
    await user.type(name, 'Chief Inspector Ann Lee');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const panel = await screen.findByRole('alert', {}, slow);
    expect(within(panel).getByRole('heading', { name: 'Someone else changed this lead while you were editing' })).toBeTruthy();
    const change = within(panel).getByRole('rowheader', { name: 'Email address' }).closest('tr') as HTMLElement;
    expect(within(change).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['ann.lee@met.police.uk', 'a.lee@met.police.uk', 'ann.lee@met.police.uk']);
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Chief Inspector Ann Lee');

    await user.click(within(panel).getByRole('button', { name: 'Save my changes again' }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(paths.leads.list.getHref()), slow);
    expect(puts.map((put) => put.ifMatch)).toEqual(['"1"', '"2"']);
    expect(puts[1]?.body).toEqual({ name: 'Chief Inspector Ann Lee', kind: 'Person', organisationId: 'org-police', email: 'ann.lee@met.police.uk' });
  });

  it('asks before deleting, and shows why the API refused with links to what the lead still leads', async () => {
    const fetchMock = installFakeApi({
      'GET /api/v1/leads/:leadId': () => police,
      'GET /api/v1/leads': listLeads([police, inspector]),
      'DELETE /api/v1/leads/:leadId': () =>
        problem(409, {
          title: 'Conflict',
          detail: 'The lead leads 1 action(s), owns 0 KPI(s) and has 1 member lead(s); reassign them first.',
          dependents: { actions: [{ id: 'act-1', referenceCode: 'SYV-1.1', planId: 'p' }], kpis: [], leads: [{ id: inspector.id, name: inspector.name }] },
        }),
    });
    const user = userEvent.setup();
    renderRoute({ path: paths.leads.edit.path, element: <EditLeadRoute />, url: paths.leads.edit.getHref(police.id) });

    // An organisation's page lists who belongs to it.
    const members = await screen.findByRole('table', { name: 'Leads that belong to Police' }, slow);
    expect(within(members).getByRole('link', { name: 'Inspector Ann Lee' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Delete lead' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Are you sure you want to delete Police?' }, slow)).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'DELETE')).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Yes, delete this lead' }));

    const summary = (await screen.findByRole('alert', {}, slow)).parentElement as HTMLElement;
    expect(summary.textContent).toContain('reassign them first');
    expect(within(summary).getByRole('link', { name: 'SYV-1.1' }).getAttribute('href')).toBe(paths.actions.action.getHref('act-1'));
    const del = fetchMock.mock.calls.find(([, init]) => init?.method === 'DELETE');
    expect(new Headers(del?.[1]?.headers).get('If-Match')).toBe('"1"');
  });
});
