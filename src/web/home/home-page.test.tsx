import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMyProgram, aNomination, aProgramSummary } from '../programs/program-builders';
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
    mockApi({
      'GET /api/me': { body: aMe(['participant']) },
      'GET /api/my/programs': { body: { items: [] } },
    });
    renderApp('/');
    const section = await screen.findByTestId('home-participant');
    expect(await within(section).findByText("You're not in a program yet")).toBeInTheDocument();
    expect(section).toHaveTextContent('When HR invites you, or a program opens for volunteers');
    expect(sectionsShown()).toEqual(['participant']);
  });

  it('shows a participant the programs they are invited to, with the next step', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['participant']) },
      'GET /api/my/programs': { body: { items: [aMyProgram()] } },
    });
    renderApp('/');
    const section = await screen.findByTestId('home-participant');
    const card = await within(section).findByTestId('my-program-prg-1');
    expect(card).toHaveTextContent('Reverse Mentoring 2026');
    expect(card).toHaveTextContent('You are invited');
    expect(within(card).getByRole('link', { name: 'Apply: Reverse Mentoring 2026' })).toHaveAttribute(
      'href',
      '/my/programs/prg-1',
    );
  });

  it('tells a sponsor what they can follow, and links to the programs they sponsor', async () => {
    mockApi({ 'GET /api/me': { body: aMe(['sponsor']) } });
    renderApp('/');
    const section = await screen.findByTestId('home-sponsor');
    expect(section).toHaveTextContent('See how the programs you sponsor are doing');
    expect(within(section).getByRole('link', { name: 'See the programs I sponsor' })).toHaveAttribute(
      'href',
      '/sponsor',
    );
    expect(sectionsShown()).toEqual(['sponsor']);
  });

  it('tells an ERG lead where nominations will appear', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['erg_lead']) },
      'GET /api/nominations': { body: { items: [] } },
    });
    renderApp('/');
    const section = await screen.findByTestId('home-erg_lead');
    expect(
      await within(section).findByText('Juniors you nominate will appear here with their status'),
    ).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Nominations' })).toHaveAttribute(
      'href',
      '/nominations',
    );
  });

  it('shows an ERG lead their nominees with their status', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['erg_lead']) },
      'GET /api/nominations': { body: { items: [aNomination()] } },
    });
    renderApp('/');
    const section = await screen.findByTestId('home-erg_lead');
    const list = await within(section).findByRole('list', { name: 'Your nominees' });
    expect(list).toHaveTextContent('Lena Park');
    expect(list).toHaveTextContent('Nominated');
  });

  it('offers a program manager to create the first program', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/programs': { body: { items: [] } },
    });
    renderApp('/');
    const section = await screen.findByTestId('home-program_manager');
    expect(await within(section).findByRole('heading', { name: 'No programs yet' })).toBeInTheDocument();
    expect(section).toHaveTextContent('A program is one cohort of reverse mentoring');
    const links = within(section).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/programs/new']);
  });

  it("lists a program manager's programs with their phase and a link", async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/programs': { body: { items: [aProgramSummary()] } },
    });
    renderApp('/');
    const section = await screen.findByTestId('home-program_manager');
    const link = await within(section).findByRole('link', { name: 'Reverse Mentoring 2026' });
    expect(link).toHaveAttribute('href', '/programs/prg-1');
    expect(within(section).getByRole('list', { name: 'Your programs' })).toHaveTextContent('Recruiting');
    expect(within(section).queryByText('No programs yet')).not.toBeInTheDocument();
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
