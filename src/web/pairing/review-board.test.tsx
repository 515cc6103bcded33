import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgram } from '../programs/program-builders';
import { aMe } from '../testing/builders';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aProposedPair, aRun, aRunSummary, secondPair } from './pairing-builders';

const run = aRun({
  changes: [
    {
      action: 'pair',
      detail: {
        mentor: { id: 'per-11', name: 'Sam Okafor' },
        mentee: { id: 'per-21', name: 'Omar Haddad' },
        otherMentee: null,
        mentorBefore: { id: 'per-13', name: 'Ife Adeyemi' },
      },
      reason: 'Omar asked for someone from Marketing.',
      actorName: 'Ada Lovelace',
      createdAt: '2026-11-21T11:00:00.000Z',
    },
  ],
});

function boardApi(extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: aProgram({ phase: 'matching', nextPhases: ['recruiting', 'active'] }) },
    'GET /api/programs/:id/match-runs': { body: { items: [aRunSummary(run)] } },
    'GET /api/match-runs/:runId': { body: run },
    ...extra,
  });
}

async function openBoard() {
  const view = renderApp('/programs/prg-1/matching');
  await screen.findByTestId('review-board');
  return view;
}

describe('the matching review board', { timeout: 15_000 }, () => {
  it('shows the quality, each pair with why, the breakdown on demand and the unmatched', async () => {
    boardApi();
    const { user } = await openBoard();
    const quality = screen.getByRole('region', { name: 'Quality of this run' });
    expect(quality).toHaveTextContent('Mentors matched67%');
    expect(quality).toHaveTextContent('Not in the same reporting line — 3 possible pairs excluded');
    const pair = screen.getByRole('article', { name: 'Lena Park and Grace Hopper' });
    expect(pair).toHaveTextContent('Lena teaches Blockchain that Grace wants to learn');
    expect(within(pair).getByLabelText('Score 86 of 100')).toBeInTheDocument();
    await user.click(within(pair).getByRole('button', { name: 'Show the score breakdown' }));
    expect(await within(pair).findByRole('list', { name: 'Score per criterion' })).toHaveTextContent(
      '36 of 40',
    );
    const unmatched = screen.getByRole('article', { name: 'Rui Costa' });
    expect(unmatched).toHaveTextContent('Every available mentee is in Rui’s reporting line');
    expect(unmatched).toHaveTextContent('Rui Costa is in Pedro Almeida’s reporting line');
    expect(unmatched).not.toHaveTextContent('Rui teaches Power BI');
    const changes = screen.getByRole('region', { name: 'Changes (1)' });
    expect(changes).toHaveTextContent('Ada Lovelace');
    expect(changes).toHaveTextContent('Paired Sam Okafor with Omar Haddad by hand (instead of Ife Adeyemi)');
    expect(changes).toHaveTextContent('Omar asked for someone from Marketing.');
  });

  it('shows only the consent word for background answers, never a value', async () => {
    const leaky = aProposedPair();
    // A server mistake must still not reach the screen: cards render only the known fields.
    Object.assign(leaky.mentor, { background: { gender: 'Woman' } });
    boardApi({ 'GET /api/match-runs/:runId': { body: aRun({ pairs: [leaky] }) } });
    await openBoard();
    const pair = screen.getByRole('article', { name: 'Lena Park and Grace Hopper' });
    const words = within(pair)
      .getAllByTestId('sensitive-use')
      .map((node) => node.textContent);
    expect(words).toEqual(['Background: used with consent', 'Background: not used']);
    expect(pair).not.toHaveTextContent('Woman');
  });

  it('filters pairs by department', async () => {
    boardApi();
    const { user } = await openBoard();
    await user.type(screen.getByRole('textbox', { name: 'Search by name or department' }), 'sales');
    expect(screen.queryByRole('article', { name: 'Lena Park and Grace Hopper' })).not.toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Sam Okafor and Omar Haddad' })).toBeInTheDocument();
  });

  it('swaps two mentees with the second pair picked, and re-renders from the answer', async () => {
    const swapped = aRun({
      pairs: [
        aProposedPair({ mentee: secondPair.mentee, source: 'hr', warnings: ['below the minimum score'] }),
        { ...secondPair, mentee: aProposedPair().mentee, source: 'hr' },
      ],
    });
    const api = boardApi({ 'POST /api/match-runs/:runId/changes': { body: swapped } });
    const { user } = await openBoard();
    const pair = screen.getByRole('article', { name: 'Lena Park and Grace Hopper' });
    await user.click(within(pair).getByRole('button', { name: 'Swap mentee…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Swap Grace Hopper with another mentee' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Second pair' }));
    await user.click(await screen.findByRole('option', { name: 'Sam Okafor with Omar Haddad' }));
    await user.click(within(dialog).getByRole('button', { name: 'Swap mentees' }));
    await waitFor(() => expect(api.callsTo('POST /api/match-runs/:runId/changes')).toHaveLength(1));
    expect(api.callsTo('POST /api/match-runs/:runId/changes')[0]?.body).toEqual({
      action: 'swap',
      mentorId: 'per-10',
      menteeId: 'per-20',
      otherMenteeId: 'per-21',
    });
    const after = await screen.findByRole('article', { name: 'Lena Park and Omar Haddad' });
    expect(after).toHaveTextContent('below the minimum score');
    expect(after).toHaveTextContent('Set by HR');
  });

  it('shows the rule’s words where a refused hand-pair was tried', async () => {
    const api = boardApi({
      'POST /api/match-runs/:runId/changes': apiError(409, 'conflict', 'That pair breaks a rule.', [
        {
          code: 'conflict',
          path: ['reportingLine'],
          message: 'Rui Costa is in Pedro Almeida’s reporting line.',
        },
      ]),
    });
    const { user } = await openBoard();
    const rui = screen.getByRole('article', { name: 'Rui Costa' });
    await user.click(within(rui).getByRole('button', { name: 'Pair Rui Costa with Pedro Almeida' }));
    expect(await within(rui).findByRole('alert')).toHaveTextContent(
      'Rui Costa is in Pedro Almeida’s reporting line.',
    );
    expect(api.callsTo('POST /api/match-runs/:runId/changes')[0]?.body).toEqual({
      action: 'pair',
      mentorId: 'per-12',
      menteeId: 'per-22',
    });
  });

  it('asks before blocking a pair, sends the reason, and keeps a refusal in the dialog', async () => {
    const api = boardApi({
      'POST /api/match-runs/:runId/changes': apiError(
        409,
        'conflict',
        'Lena Park and Grace Hopper are pinned.',
      ),
    });
    const { user } = await openBoard();
    const pair = screen.getByRole('article', { name: 'Lena Park and Grace Hopper' });
    await user.click(within(pair).getByRole('button', { name: 'Block…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Block Lena Park and Grace Hopper?' });
    expect(api.callsTo('POST /api/match-runs/:runId/changes')).toHaveLength(0);
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason (optional)' }),
      'They already work together.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Block this pair' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Lena Park and Grace Hopper are pinned.',
    );
    expect(api.callsTo('POST /api/match-runs/:runId/changes')[0]?.body).toEqual({
      action: 'block',
      mentorId: 'per-10',
      menteeId: 'per-20',
      reason: 'They already work together.',
    });
  });

  it('says who gets what before publishing, then publishes', async () => {
    const api = boardApi({
      'POST /api/match-runs/:runId/publish': { body: { pairsCreated: 2, waitlisted: 1 } },
    });
    const { user } = await openBoard();
    await user.click(screen.getByRole('button', { name: 'Publish…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish 2 pairs?' });
    expect(dialog).toHaveTextContent('2 pairs become active.');
    expect(dialog).toHaveTextContent('introduction email');
    expect(dialog).toHaveTextContent('1 person without a partner get a kind wait-list message.');
    expect(api.callsTo('POST /api/match-runs/:runId/publish')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Publish and send emails' }));
    await waitFor(() => expect(api.callsTo('POST /api/match-runs/:runId/publish')).toHaveLength(1));
  });

  it('re-runs with other settings and shows the difference before choosing', async () => {
    const next = aRun({ id: 'run-2', basedOnRunId: 'run-1' });
    const api = boardApi({
      'POST /api/programs/:id/match-runs': { status: 201, body: next },
      'GET /api/match-runs/:runId/diff': {
        body: {
          kept: 1,
          changed: [{ mentee: 'Omar Haddad', from: 'Sam Okafor', to: 'Rui Costa', scoreChange: 4.5 }],
          newlyUnmatched: ['Sam Okafor'],
          newlyMatched: ['Rui Costa'],
          averageScoreChange: 2.3,
        },
      },
    });
    const { user } = await openBoard();
    await user.click(screen.getByRole('button', { name: 'Re-run with other settings' }));
    const dialog = await screen.findByRole('dialog', { name: 'Re-run with other settings' });
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Never pair two people from the same department' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Re-run matching' }));
    const diff = await screen.findByRole('region', { name: 'Difference from the previous run' });
    expect(
      await within(diff).findByText('Omar Haddad: Sam Okafor → Rui Costa (score +4.5)'),
    ).toBeInTheDocument();
    expect(diff).toHaveTextContent('Newly unmatched: Sam Okafor');
    expect(diff).toHaveTextContent('Average score+2.3');
    const body = api.callsTo('POST /api/programs/:id/match-runs')[0]?.body as Record<string, unknown>;
    expect(body.basedOnRunId).toBe('run-1');
    expect(body.rules).toMatchObject({ notSameDepartment: true });
    expect(api.callsTo('GET /api/match-runs/:runId/diff')[0]?.query.get('against')).toBe('run-1');
    await user.click(within(diff).getByRole('button', { name: 'Use this run' }));
    expect(
      screen.queryByRole('region', { name: 'Difference from the previous run' }),
    ).not.toBeInTheDocument();
  });
});
