import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Suppressed } from '#core/surveys/suppression';
import { aMe } from '../testing/builders';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';
import type { ProgramsOverview } from './programs-overview-api';

const HIDDEN: Suppressed = {
  suppressed: true,
  reason: 'small_group',
  message: 'Hidden: fewer than 5 people are behind this figure, so they could be recognised.',
};
const COMPLEMENTARY: Suppressed = {
  suppressed: true,
  reason: 'complementary',
  message: 'Hidden so that a smaller hidden group cannot be worked out by subtraction.',
};

/** A running program with every figure shown, a small pilot whose figures are hidden, and a draft. */
const overview: ProgramsOverview = {
  minGroupSize: 5,
  asOf: '2026-12-01',
  programs: [
    {
      id: 'prg-1',
      name: 'Reverse Mentoring 2026',
      phase: 'active',
      startDate: '2026-09-01',
      endDate: '2027-03-01',
      sponsorName: 'Sam Sponsor',
      matched: { mentor: { suppressed: false, people: 12 }, mentee: { suppressed: false, people: 11 } },
      activePairs: 11,
      meetings: { suppressed: false, planned: 40, held: 30, heldPercent: 75 },
      pulse: { suppressed: false, ratings: 50, mean: 4.2 },
      objectives: { met: 1, measured: 2, total: 3 },
      health: { healthy: 8, at_risk: 2, inactive: 1, total: 11 },
    },
    {
      id: 'prg-2',
      name: 'Small pilot',
      phase: 'recruiting',
      startDate: '2026-06-01',
      endDate: '2026-12-01',
      sponsorName: null,
      matched: { mentor: HIDDEN, mentee: HIDDEN },
      activePairs: 2,
      meetings: HIDDEN,
      pulse: { suppressed: true, reason: 'no_answers', message: 'Nothing to count yet.' },
      objectives: { met: 0, measured: 0, total: 2 },
      health: null,
    },
  ],
  totals: {
    programs: 2,
    matched: { mentor: COMPLEMENTARY, mentee: COMPLEMENTARY },
    activePairs: 13,
    meetings: COMPLEMENTARY,
    pulse: { suppressed: false, ratings: 50, mean: 4.2 },
    objectives: { met: 1, measured: 2, total: 5 },
    health: { healthy: 8, at_risk: 2, inactive: 1, total: 11 },
  },
  drafts: [
    {
      id: 'prg-3',
      name: 'Idea for 2028',
      phase: 'draft',
      startDate: '2028-01-03',
      endDate: '2028-07-03',
      sponsorName: null,
    },
  ],
};

function hrApi(answer: MockRoutes[string], roles: Parameters<typeof aMe>[0] = ['program_manager']) {
  return mockApi({
    'GET /api/me': { body: aMe(roles) },
    'GET /api/impact/programs': answer,
    'GET /api/programs/:id': { status: 404, body: { error: { code: 'not_found', message: 'Not here.' } } },
  });
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('impact across programs', { timeout: 30_000 }, () => {
  it('shows one row per program with its figures, bars, phase and a link to its Impact tab', async () => {
    hrApi({ body: overview });
    renderApp('/impact');
    expect(await screen.findByRole('heading', { level: 1, name: 'Impact across programs' })).toBeVisible();
    expect(await screen.findByText(/Figures about fewer than 5 people are hidden/)).toBeVisible();
    const table = await screen.findByRole('table', { name: 'Impact across programs' });
    const row = within(table).getByTestId('overview-prg-1');
    expect(within(row).getByRole('link', { name: 'Reverse Mentoring 2026' })).toHaveAttribute(
      'href',
      '/programs/prg-1/impact',
    );
    expect(within(row).getByRole('rowheader')).toHaveTextContent('1 Sept 2026 – 1 Mar 2027');
    expect(cellsOf(row)).toEqual([
      'Active',
      'Sam Sponsor',
      '12',
      '11',
      '11',
      '75% (30 of 40)',
      '4.2 of 5',
      '50% (1 of 2 measured, 3 set)',
      '8 healthy2 at risk1 inactive',
    ]);
    // The bars repeat the percentages for the eye.
    expect(row.querySelectorAll('.mantine-Progress-root')).toHaveLength(2);
  });

  it('says "hidden" with the reason for a hidden figure, in rows and in the totals', async () => {
    hrApi({ body: overview });
    const { user } = renderApp('/impact');
    const pilot = await screen.findByTestId('overview-prg-2');
    expect(cellsOf(pilot)).toEqual([
      'Recruiting',
      'None yet',
      'hidden',
      'hidden',
      '2',
      'hidden',
      'none yet',
      'None measured yet (2 set)',
      'Not running',
    ]);
    const [mentors] = within(pilot).getAllByTestId('hidden-figure');
    expect(mentors).toHaveAccessibleName(`hidden: ${HIDDEN.message}`);
    await user.hover(mentors!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(HIDDEN.message);

    const totals = screen.getByTestId('overview-totals');
    expect(within(totals).getByRole('rowheader')).toHaveTextContent('All 2 programs');
    expect(cellsOf(totals)).toEqual([
      'hidden',
      'hidden',
      '13',
      'hidden',
      '4.2 of 5',
      '50% (1 of 2 measured, 5 set)',
      '8 healthy2 at risk1 inactive',
    ]);
    expect(within(totals).getAllByTestId('hidden-figure')[0]).toHaveAccessibleName(
      `hidden: ${COMPLEMENTARY.message}`,
    );
  });

  it('lists the drafts it leaves out and opens a program’s impact from its row', async () => {
    hrApi({ body: overview });
    const { router, user } = renderApp('/impact');
    const note = await screen.findByTestId('overview-drafts');
    expect(note).toHaveTextContent(
      'One draft is not included, as a draft has nothing to measure yet: Idea for 2028.',
    );
    expect(within(note).getByRole('link', { name: 'Idea for 2028' })).toHaveAttribute(
      'href',
      '/programs/prg-3',
    );
    await user.click(screen.getByRole('link', { name: 'Small pilot' }));
    await waitFor(() => expect(locationOf(router)).toBe('/programs/prg-2/impact'));
  });

  it('shows a loading skeleton, then an empty state with a way to create a program', async () => {
    let answer: (value: { body: unknown }) => void = () => {};
    hrApi(() => new Promise((resolve) => (answer = resolve)));
    const { user, router } = renderApp('/impact');
    expect(await screen.findByTestId('table-skeleton')).toBeInTheDocument();
    answer({ body: { ...overview, programs: [], drafts: [], totals: { ...overview.totals, programs: 0 } } });
    expect(await screen.findByText('No programs yet')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Create a program' }));
    await waitFor(() => expect(locationOf(router)).toBe('/programs/new'));
  });

  it('says nothing can be measured yet when every program is a draft', async () => {
    hrApi({ body: { ...overview, programs: [] } }, ['org_admin']);
    renderApp('/impact');
    expect(await screen.findByText('Nothing to measure yet')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Create a program' })).not.toBeInTheDocument();
    expect(screen.getByTestId('overview-drafts')).toHaveTextContent('Idea for 2028');
  });

  it('shows the error when the figures cannot be loaded', async () => {
    hrApi(apiError(500, 'internal', 'Something went wrong on our side.'));
    renderApp('/impact');
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.');
  });

  it('is not offered to a sponsor', async () => {
    const api = mockApi({ 'GET /api/me': { body: aMe(['sponsor']) } });
    renderApp('/impact');
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    expect(api.callsTo('GET /api/impact/programs')).toHaveLength(0);
  });
});
