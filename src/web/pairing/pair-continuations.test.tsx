import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgram } from '../programs/program-builders';
import { aMe } from '../testing/builders';
import { type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aRun, aRunSummary } from './pairing-builders';
import type { Pair } from './pairing-types';
import type { ProgramContinuations } from './use-continuations';

const person = (id: string, name: string) => ({ id, name, title: 'Analyst', department: 'Finance' });
const pairOf = (id: string, mentor: string, mentee: string, endReason = 'The program closed.'): Pair => ({
  id,
  programId: 'prg-1',
  status: 'ended',
  mentor: person(`${id}-m`, mentor),
  mentee: person(`${id}-e`, mentee),
  score: 80,
  explanation: 'Skills both ways.',
  startedAt: '2026-03-10T09:00:00.000Z',
  endedAt: '2026-09-03T09:00:00.000Z',
  endReason,
  openRepairRequests: 0,
});

const pairs = [
  pairOf('p1', 'Lena Park', 'Grace Hopper'),
  pairOf('p2', 'Sam Okafor', 'Ada Byron'),
  pairOf('p3', 'Rui Costa', 'Joan Clarke'),
  pairOf('p4', 'Noor Haddad', 'Alan Kay', 'Moved abroad.'),
];

const continuations: ProgramContinuations = {
  open: true,
  summary: { pairs: 3, continuing: 1, not_continuing: 1, not_answered: 1 },
  items: [
    { pairId: 'p1', status: 'continuing' },
    { pairId: 'p2', status: 'not_continuing' },
    { pairId: 'p3', status: 'not_answered' },
  ],
};

function closedApi(extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: aProgram({ phase: 'closed', nextPhases: [] }) },
    'GET /api/programs/:id/match-runs': {
      body: { items: [aRunSummary(aRun({ id: 'run-1', status: 'published' }))] },
    },
    'GET /api/programs/:id/pairs': { body: { items: pairs } },
    'GET /api/programs/:id/repair-requests': { body: { items: [] } },
    'GET /api/programs/:id/pair-continuations': { body: continuations },
    ...extra,
  });
}

describe('a closed program’s pairs', () => {
  it('shows per pair whether it keeps meeting informally, and the counts', async () => {
    closedApi();
    renderApp('/programs/prg-1/matching');
    const summary = await screen.findByTestId('continuation-summary');
    expect(summary).toHaveTextContent(
      '1 of 3 pairs will keep meeting informally; 1 will not; 1 not answered yet.',
    );
    expect(screen.getByRole('columnheader', { name: 'After the program' })).toBeInTheDocument();
    const cell = (pairId: string) => within(screen.getByTestId(`pair-${pairId}`));
    expect(cell('p1').getByText('Continuing')).toBeInTheDocument();
    expect(cell('p2').getByText('Not continuing')).toBeInTheDocument();
    expect(cell('p3').getByText('Not answered')).toBeInTheDocument();
    // A pair that ended before the program did was not asked.
    expect(screen.getByTestId('pair-p4')).not.toHaveTextContent(/Continuing|Not answered/);
    expect(screen.queryByRole('button', { name: /End the pair/ })).not.toBeInTheDocument();
  });

  it('has no continuation column while the program is still running', async () => {
    closedApi({
      'GET /api/programs/:id': { body: aProgram({ phase: 'closing', nextPhases: ['closed'] }) },
      'GET /api/programs/:id/pair-continuations': {
        body: {
          open: false,
          summary: { pairs: 0, continuing: 0, not_continuing: 0, not_answered: 0 },
          items: [],
        },
      },
    });
    renderApp('/programs/prg-1/matching');
    expect(await screen.findByTestId('pair-p1')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'After the program' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('continuation-summary')).not.toBeInTheDocument();
  });
});
