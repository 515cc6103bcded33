import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe, aMember } from '../testing/builders';
import { mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';

const allRoleSections = ['org_admin', 'program_manager', 'sponsor', 'erg_lead', 'participant'];

function sectionsShown(): string[] {
  return allRoleSections.filter((role) => screen.queryByTestId(`home-${role}`) !== null);
}

describe('home per role', () => {
  it('greets the signed-in person by name', async () => {
    mockApi({ 'GET /api/me': { body: aMe(['participant']) } });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada' })).toBeInTheDocument();
    expect(screen.getByTestId('signed-in-name')).toHaveTextContent('Ada Lovelace');
    expect(document.title).toBe('Home · Counterpart');
  });

  it('shows a participant that they are not in a program yet', async () => {
    mockApi({ 'GET /api/me': { body: aMe(['participant']) } });
    renderApp('/');
    const section = await screen.findByTestId('home-participant');
    expect(section).toHaveTextContent("You're not in a program yet");
    expect(section).toHaveTextContent('When HR invites you, your match and meetings show up here');
    expect(sectionsShown()).toEqual(['participant']);
  });

  it('tells a sponsor where program progress will appear', async () => {
    mockApi({ 'GET /api/me': { body: aMe(['sponsor']) } });
    renderApp('/');
    expect(await screen.findByTestId('home-sponsor')).toHaveTextContent(
      'Programs you sponsor will show their progress here',
    );
    expect(sectionsShown()).toEqual(['sponsor']);
  });

  it('tells an ERG lead where nominations will appear', async () => {
    mockApi({ 'GET /api/me': { body: aMe(['erg_lead']) } });
    renderApp('/');
    expect(await screen.findByTestId('home-erg_lead')).toHaveTextContent(
      'Juniors you nominate will appear here with their status',
    );
  });

  it('explains programs to a program manager without a button that leads nowhere', async () => {
    mockApi({ 'GET /api/me': { body: aMe(['program_manager']) } });
    renderApp('/');
    const section = await screen.findByTestId('home-program_manager');
    expect(within(section).getByRole('heading', { name: 'No programs yet' })).toBeInTheDocument();
    expect(section).toHaveTextContent('A program is one cohort of reverse mentoring');
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/people']);
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('gives an org admin the member count and admin links, outbox included in outbox mode', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/members': {
        body: {
          items: [aMember(), aMember({ id: 'mem-2', status: 'invited', email: 'sam@northwind.example' })],
        },
      },
    });
    renderApp('/');
    const section = await screen.findByTestId('home-org_admin');
    expect(await within(section).findByTestId('members-count')).toHaveTextContent('2');
    expect(section).toHaveTextContent('1 has not accepted the invitation yet');
    const hrefs = within(section)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([
      '/admin/members?invite=1',
      '/admin/members',
      '/admin/outbox',
      '/admin/audit',
      '/api/docs',
    ]);
  });

  it('leaves the outbox link out when real email is configured', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin'], { mailMode: 'smtp' }) },
      'GET /api/admin/members': { body: { items: [aMember()] } },
    });
    renderApp('/');
    const section = await screen.findByTestId('home-org_admin');
    await within(section).findByTestId('members-count');
    expect(within(section).queryByRole('link', { name: 'Outbox' })).not.toBeInTheDocument();
  });

  it('shows a section for each role of a person with several roles', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['participant', 'sponsor', 'program_manager']) },
    });
    renderApp('/');
    await screen.findByTestId('home-program_manager');
    expect(sectionsShown()).toEqual(['program_manager', 'sponsor', 'participant']);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('says so when the account has no role yet', async () => {
    mockApi({ 'GET /api/me': { body: aMe([]) } });
    renderApp('/');
    expect(await screen.findByText(/has no role in this organisation yet/)).toBeInTheDocument();
    expect(sectionsShown()).toEqual([]);
  });
});
