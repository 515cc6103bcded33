import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgram } from '../programs/program-builders';
import { aMe } from '../testing/builders';
import { apiError, type MockResponse, type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import type { PairHealth, PairHealthItem } from './pairing-types';

function anItem(overrides: Partial<PairHealthItem> & Pick<PairHealthItem, 'pairId'>): PairHealthItem {
  return {
    mentor: { id: `${overrides.pairId}-mentor`, name: 'Lena Park' },
    mentee: { id: `${overrides.pairId}-mentee`, name: 'Grace Hopper' },
    state: 'healthy',
    reasons: [],
    meetingsHeld: 4,
    meetingsPlanned: 4,
    ...overrides,
  };
}

const healthyPairs = Array.from({ length: 12 }, (_, i) =>
  anItem({
    pairId: `ok-${i}`,
    mentor: { id: `m-${i}`, name: `Healthy Mentor ${i}` },
    mentee: { id: `e-${i}`, name: `Healthy Mentee ${i}` },
    meetingsHeld: 5,
    meetingsPlanned: 6,
  }),
);

const health: PairHealth = {
  summary: { healthy: 12, at_risk: 1, inactive: 1, total: 14 },
  items: [
    anItem({
      pairId: 'quiet',
      mentor: { id: 'p1', name: 'Hana Sato' },
      mentee: { id: 'p2', name: 'Omar Haddad' },
      state: 'inactive',
      reasons: [
        { code: 'no_recent_meetings', message: 'No meeting has been held or logged for 79 days.' },
        { code: 'few_meetings_held', message: 'Only 3 of the 8 planned meetings so far were held.' },
      ],
      meetingsHeld: 3,
      meetingsPlanned: 8,
    }),
    anItem({
      pairId: 'slipping',
      mentor: { id: 'p3', name: 'Ella Novak' },
      mentee: { id: 'p4', name: 'Thomas Berg' },
      state: 'at_risk',
      reasons: [{ code: 'open_concern', message: 'A concern is open and needs a reply.' }],
      meetingsHeld: 5,
      meetingsPlanned: 8,
    }),
    ...healthyPairs,
  ],
};

function programApi(answer: MockRoutes[string]) {
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: aProgram({ phase: 'midpoint', nextPhases: ['closing'] }) },
    'GET /api/programs/:id/match-runs': { body: { items: [] } },
    'GET /api/programs/:id/pairs': { body: { items: [] } },
    'GET /api/programs/:id/repair-requests': { body: { items: [] } },
    'GET /api/programs/:id/pair-health': answer,
  });
}

const section = () => screen.getByRole('region', { name: 'Pair health' });

describe('pair health on HR’s program page', { timeout: 15_000 }, () => {
  it('counts pairs by health in words, lists the ones needing attention with reasons, and folds the healthy ones', async () => {
    const api = programApi({ body: health });
    const { user } = renderApp('/programs/prg-1/matching');
    const quiet = await screen.findByTestId('health-quiet');
    expect(api.callsTo('GET /api/programs/:id/pair-health')[0]?.params.id).toBe('prg-1');

    const counts = within(section()).getByRole('group', { name: 'Pairs by health' });
    expect(within(counts).getByTestId('health-count-healthy')).toHaveTextContent('Healthy12');
    expect(within(counts).getByTestId('health-count-at_risk')).toHaveTextContent('At risk1');
    expect(within(counts).getByTestId('health-count-inactive')).toHaveTextContent('Inactive1');

    const attention = within(section()).getByRole('list', { name: 'Need attention' });
    const cards = within(attention)
      .getAllByRole('listitem')
      .filter((li) => li.dataset.testid);
    expect(cards.map((c) => c.dataset.testid)).toEqual(['health-quiet', 'health-slipping']);
    expect(quiet).toHaveTextContent('Hana Sato and Omar Haddad');
    expect(quiet).toHaveTextContent('Inactive');
    expect(quiet).toHaveTextContent('Meetings: 3/8');
    expect(within(quiet).getByText('No meeting has been held or logged for 79 days.')).toBeInTheDocument();
    expect(within(quiet).getByText('Only 3 of the 8 planned meetings so far were held.')).toBeInTheDocument();
    const slipping = screen.getByTestId('health-slipping');
    expect(slipping).toHaveTextContent('At risk');
    expect(slipping).toHaveTextContent('A concern is open and needs a reply.');

    expect(within(section()).getByText('12 pairs are on track')).toBeInTheDocument();
    const show = within(section()).getByRole('button', { name: 'Show' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByTestId('health-ok-0')).not.toBeInTheDocument();
    await user.click(show);
    expect(within(section()).getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');
    await waitFor(() => expect(screen.getByTestId('health-ok-0')).toBeVisible());
    expect(screen.getByTestId('health-ok-0')).toHaveTextContent(
      'Healthy Mentor 0 and Healthy Mentee 0 · Meetings: 5/6',
    );
  });

  it('says when no pair needs attention', async () => {
    const [one] = healthyPairs;
    programApi({ body: { summary: { healthy: 1, at_risk: 0, inactive: 0, total: 1 }, items: [one] } });
    renderApp('/programs/prg-1/matching');
    expect(await screen.findByText('No pair needs attention right now.')).toBeInTheDocument();
    expect(within(section()).getByText('1 pair is on track')).toBeInTheDocument();
    expect(within(section()).queryByRole('list', { name: 'Need attention' })).not.toBeInTheDocument();
  });

  it('explains what will appear when there are no live pairs', async () => {
    programApi({ body: { summary: { healthy: 0, at_risk: 0, inactive: 0, total: 0 }, items: [] } });
    renderApp('/programs/prg-1/matching');
    expect(await screen.findByText(/No active pairs yet\./)).toBeInTheDocument();
    expect(within(section()).queryByRole('group', { name: 'Pairs by health' })).not.toBeInTheDocument();
    expect(within(section()).queryByText(/^\d+ pairs? (is|are) on track$/)).not.toBeInTheDocument();
    expect(within(section()).queryByRole('button', { name: 'Show' })).not.toBeInTheDocument();
  });

  it('shows a skeleton while loading, then the server’s message when it fails', async () => {
    let answer: (response: MockResponse) => void = () => {};
    programApi(() => new Promise<MockResponse>((resolve) => (answer = resolve)));
    renderApp('/programs/prg-1/matching');
    expect(await screen.findByLabelText('Loading pair health')).toBeInTheDocument();
    answer(apiError(404, 'not_found', 'That program was not found.'));
    expect(await within(section()).findByRole('alert')).toHaveTextContent('That program was not found.');
    expect(screen.queryByLabelText('Loading pair health')).not.toBeInTheDocument();
  });
});
