import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../api/types';
import { aMe, northwind } from '../testing/builders';
import { apiError, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';

async function navLabels(): Promise<string[]> {
  const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

function signedInAs(roles: Role[], extra: Parameters<typeof aMe>[1] = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(roles, extra) },
    'GET /api/admin/members': { body: { items: [] } },
  });
}

describe('the signed-in shell', () => {
  it('shows the product, the organisation and the person', async () => {
    signedInAs(['participant']);
    renderApp('/');
    expect(await screen.findByTestId('org-name')).toHaveTextContent('Northwind Energy');
    expect(screen.getByRole('button', { name: 'Account menu for Ada Lovelace' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Counterpart home' })).toBeInTheDocument();
  });

  it('gives an org admin every admin page in the navigation', async () => {
    signedInAs(['org_admin']);
    renderApp('/');
    expect(await navLabels()).toEqual([
      'Home',
      'My programs',
      'Check-ins',
      'Programs',
      'Impact',
      'People',
      'Members & roles',
      'Outbox',
      'Audit log',
      'Data retention',
      'API docs',
    ]);
  });

  it('gives a program manager programs, the concerns inbox and the people directory but no admin pages', async () => {
    signedInAs(['program_manager']);
    renderApp('/');
    expect(await navLabels()).toEqual([
      'Home',
      'My programs',
      'Check-ins',
      'Programs',
      'Impact',
      'Concerns',
      'People',
    ]);
  });

  it('gives sponsors, ERG leads and participants their home, their programs, sponsored programs and nominations', async () => {
    signedInAs(['sponsor', 'erg_lead', 'participant']);
    renderApp('/');
    expect(await navLabels()).toEqual([
      'Home',
      'My programs',
      'Check-ins',
      'Programs I sponsor',
      'Nominations',
    ]);
  });

  it('gives someone who only sponsors a link to the programs they sponsor', async () => {
    signedInAs(['sponsor']);
    renderApp('/');
    expect(await navLabels()).toEqual(['Home', 'My programs', 'Check-ins', 'Programs I sponsor']);
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Programs I sponsor' })).toHaveAttribute('href', '/sponsor');
  });

  it('leaves out "My programs" for an account without an employee record', async () => {
    signedInAs(['participant'], { person: null });
    renderApp('/');
    expect(await navLabels()).toEqual(['Home']);
  });

  it('marks the current page in the navigation', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/people': { body: { items: [], total: 0 } },
    });
    renderApp('/people');
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('explains instead of showing a page the role may not open', async () => {
    const api = signedInAs(['participant']);
    renderApp('/admin/members');
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    expect(api.callsTo('GET /api/admin/members')).toHaveLength(0);
  });

  it('shows a not-found page inside the shell for unknown addresses', async () => {
    signedInAs(['participant']);
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Counterpart');
  });

  it('signs out with the CSRF token and goes to the sign-in page', async () => {
    const api = mockApi({
      'GET /api/me': { body: aMe(['participant']) },
      'POST /api/auth/logout': { status: 204 },
    });
    const { user, router } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Account menu for Ada Lovelace' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    await waitFor(() => expect(locationOf(router)).toBe('/login'));
    expect(api.callsTo('POST /api/auth/logout')[0]?.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('offers an organisation switcher only to people in several organisations', async () => {
    const other = { id: 'org-2', slug: 'contoso', name: 'Contoso' };
    const before = aMe(['participant'], { orgs: [northwind, other] });
    const after = aMe(['sponsor'], { org: other, orgs: [northwind, other], csrfToken: 'csrf-contoso' });
    let current = before;
    const api = mockApi({
      'GET /api/me': () => ({ body: current }),
      'POST /api/auth/switch-org': () => {
        current = after;
        return { body: after };
      },
    });
    const { user } = renderApp('/');
    const switcher = await screen.findByRole('combobox', { name: 'Organisation' });
    expect(switcher).toHaveValue('Northwind Energy');
    await user.click(switcher);
    await user.click(await screen.findByRole('option', { name: 'Contoso' }));
    expect(await screen.findByTestId('home-sponsor')).toBeInTheDocument();
    const [call] = api.callsTo('POST /api/auth/switch-org');
    expect(call?.body).toEqual({ orgId: 'org-2' });
    expect(call?.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(screen.getByRole('combobox', { name: 'Organisation' })).toHaveValue('Contoso');
  });

  it('sends the person to sign in when their session ends, and back afterwards', async () => {
    let expired = false;
    mockApi({
      'GET /api/me': () =>
        expired ? apiError(401, 'unauthenticated', 'Please sign in.') : { body: aMe(['program_manager']) },
      'GET /api/people': () => {
        expired = true;
        return apiError(401, 'unauthenticated', 'Your session has ended.');
      },
    });
    const { router } = renderApp('/people');
    await waitFor(() => expect(locationOf(router)).toBe('/login?next=%2Fpeople'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('has no organisation switcher for a single organisation', async () => {
    signedInAs(['participant']);
    renderApp('/');
    await screen.findByTestId('home-participant');
    expect(screen.queryByRole('combobox', { name: 'Organisation' })).not.toBeInTheDocument();
  });
});
