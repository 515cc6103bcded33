import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgram } from '../programs/program-builders';
import { aMe } from '../testing/builders';
import { type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aPair, aRun, aRunSummary } from './pairing-builders';
import type { Pair } from './pairing-types';

const pair: Pair = {
  id: 'pair-1',
  programId: 'prg-1',
  status: 'active',
  mentor: { id: 'per-10', name: 'Lena Park', title: 'Software Engineer', department: 'Engineering' },
  mentee: { id: 'per-20', name: 'Grace Hopper', title: 'Chief Financial Officer', department: 'Finance' },
  score: 86,
  explanation: 'Skills both ways.',
  startedAt: '2026-09-01T09:00:00.000Z',
  endedAt: null,
  openRepairRequests: 1,
};

function midpointApi(extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: aProgram({ phase: 'midpoint', nextPhases: ['closing'] }) },
    'GET /api/programs/:id/match-runs': { body: { items: [] } },
    'GET /api/programs/:id/pairs': { body: { items: [pair] } },
    'GET /api/programs/:id/repair-requests': {
      body: {
        items: [
          {
            id: 'rr-1',
            pairId: 'pair-1',
            requestedBy: { id: 'per-20', name: 'Grace Hopper' },
            reason: 'We never find a time.',
            status: 'open',
            createdAt: '2026-11-20T09:00:00.000Z',
          },
        ],
      },
    },
    ...extra,
  });
}

describe('pairs at the midpoint', { timeout: 15_000 }, () => {
  it('lists pairs with their open re-pair requests, and the requests themselves', async () => {
    midpointApi();
    renderApp('/programs/prg-1/matching');
    const row = await screen.findByTestId('pair-pair-1');
    expect(row).toHaveTextContent('Lena Park');
    expect(row).toHaveTextContent('1 re-pair request');
    expect(await screen.findByText('“We never find a time.”')).toBeInTheDocument();
  });

  it('ends a pair only with a confidential reason', async () => {
    const api = midpointApi({ 'POST /api/pairs/:pairId/end': { body: { ...pair, status: 'ended' } } });
    const { user } = renderApp('/programs/prg-1/matching');
    await user.click(
      await screen.findByRole('button', { name: 'End the pair of Lena Park and Grace Hopper' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'End the pair of Lena Park and Grace Hopper?' });
    expect(dialog).toHaveTextContent('Neither person is told the reason.');
    await user.click(within(dialog).getByRole('button', { name: 'End the pair' }));
    expect(api.callsTo('POST /api/pairs/:pairId/end')).toHaveLength(0);
    await user.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Grace moved to another country.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'End the pair' }));
    await waitFor(() =>
      expect(api.callsTo('POST /api/pairs/:pairId/end')[0]?.body).toEqual({
        reason: 'Grace moved to another country.',
      }),
    );
  });

  it('starts a re-match of the freed people and opens it on the review board', async () => {
    const api = midpointApi({
      'POST /api/programs/:id/match-runs': {
        status: 201,
        body: aRun({ id: 'run-9', kind: 'rematch' }),
      },
    });
    const { user } = renderApp('/programs/prg-1/matching');
    await user.click(await screen.findByRole('button', { name: 'Re-match the freed people' }));
    expect(await screen.findByText('Re-match: draft for review')).toBeInTheDocument();
    expect(api.callsTo('POST /api/programs/:id/match-runs')[0]?.body).toEqual({});
  });

  it('does not start a second re-match while a draft is open for review', async () => {
    const draft = aRun({ id: 'run-9', kind: 'rematch' });
    midpointApi({
      'GET /api/programs/:id/match-runs': { body: { items: [aRunSummary(draft)] } },
      'GET /api/match-runs/:runId': { body: draft },
    });
    renderApp('/programs/prg-1/matching');
    expect(await screen.findByText('Re-match: draft for review')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Re-match the freed people' })).toBeDisabled();
  });
});

describe('pairs with their workspace counts', { timeout: 15_000 }, () => {
  it('shows kickoff pending, meetings held of planned and goals completed of total', async () => {
    midpointApi({
      'GET /api/programs/:id/pairs': {
        body: {
          items: [
            aPair({
              id: 'pair-1',
              workspace: {
                agreement: 'pending',
                meetingsHeld: 0,
                meetingsPlanned: 1,
                goals: { total: 3, completed: 0 },
              },
            }),
            aPair({
              id: 'pair-2',
              mentor: { id: 'per-11', name: 'Sam Okafor', title: 'Analyst', department: 'Marketing' },
              mentee: { id: 'per-21', name: 'Omar Haddad', title: 'VP Marketing', department: 'Sales' },
              workspace: {
                agreement: 'agreed',
                meetingsHeld: 4,
                meetingsPlanned: 5,
                goals: { total: 6, completed: 2 },
              },
            }),
          ],
        },
      },
    });
    renderApp('/programs/prg-1/matching');
    const pending = await screen.findByTestId('pair-pair-1');
    expect(within(pending).getByText('Kickoff pending')).toBeInTheDocument();
    expect(pending).toHaveTextContent('Meetings: 0/1');
    expect(pending).toHaveTextContent('Goals: 0/3');
    const agreed = screen.getByTestId('pair-pair-2');
    expect(within(agreed).queryByText('Kickoff pending')).not.toBeInTheDocument();
    expect(agreed).toHaveTextContent('Meetings: 4/5');
    expect(agreed).toHaveTextContent('Goals: 2/6');
  });

  it('shows a dash for an ended pair that comes without workspace counts', async () => {
    const { workspace: _none, ...older } = aPair({
      status: 'ended',
      endedAt: '2026-10-01T09:00:00.000Z',
      endReason: 'Moved abroad.',
    });
    midpointApi({ 'GET /api/programs/:id/pairs': { body: { items: [older] } } });
    renderApp('/programs/prg-1/matching');
    const row = await screen.findByTestId('pair-pair-1');
    expect(row).toHaveTextContent('Ended');
    expect(row).not.toHaveTextContent('Meetings:');
    expect(row).not.toHaveTextContent('Kickoff pending');
  });
});
