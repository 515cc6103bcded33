import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import type { PairContinuation } from './continuation-api';
import { anAgreedAgreement, aWorkspace } from './workspace-builders';

const unanswered: PairContinuation = {
  open: true,
  reason: null,
  mine: null,
  answeredAt: null,
  bothContinue: false,
};

function closedPair(continuation: PairContinuation | (() => PairContinuation), extra: MockRoutes = {}) {
  const base = aWorkspace({ agreement: anAgreedAgreement() });
  return mockApi({
    'GET /api/me': { body: aMe(['participant']) },
    'GET /api/my/pairs/:pairId/workspace': {
      body: {
        ...base,
        pair: { ...base.pair, status: 'ended' },
        program: { ...base.program, phase: 'closed' },
      },
    },
    'GET /api/my/pairs/:pairId/meetings': { body: { items: [] } },
    'GET /api/my/pairs/:pairId/continuation': () => ({
      body: typeof continuation === 'function' ? continuation() : continuation,
    }),
    ...extra,
  });
}

async function openCard() {
  const view = renderApp('/my/pairs/pair-1');
  const card = await screen.findByRole('region', { name: 'Will you keep meeting Grace informally?' });
  return { ...view, card };
}

describe('the continuation card on a closed program’s pair', () => {
  it('asks with two buttons and shows a yes as waiting for the partner, without their answer', async () => {
    let saved: PairContinuation = unanswered;
    let release: () => void = () => {};
    const api = closedPair(() => saved, {
      'PUT /api/my/pairs/:pairId/continuation': async (request) => {
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        saved = { ...unanswered, mine: (request.body as { continues: boolean }).continues };
        saved.answeredAt = '2026-09-30T09:00:00.000Z';
        return { body: saved };
      },
    });
    const { user, card } = await openCard();
    expect(card).toHaveTextContent('Grace only learns your answer if you both say yes.');
    const yes = within(card).getByRole('button', { name: 'Yes, we’ll keep meeting' });
    const no = within(card).getByRole('button', { name: 'Not for now' });
    expect(yes).toHaveAttribute('aria-pressed', 'false');
    await user.click(yes);
    await waitFor(() => expect(no).toBeDisabled());
    expect(yes).toHaveAttribute('data-loading');
    release();
    expect(
      await within(card).findByText(
        'Thank you: you said yes. If Grace says yes too, you will both see it here.',
      ),
    ).toBeInTheDocument();
    expect(yes).toHaveAttribute('aria-pressed', 'true');
    expect(api.callsTo('PUT /api/my/pairs/:pairId/continuation').map((c) => c.body)).toEqual([
      { continues: true },
    ]);
  });

  it('says “You both plan to keep meeting” when both said yes', async () => {
    closedPair({ ...unanswered, mine: true, bothContinue: true });
    const { card } = await openCard();
    expect(within(card).getByRole('status')).toHaveTextContent('You both plan to keep meeting');
  });

  it('confirms a no is kept from the partner, and shows a refusal from the server', async () => {
    closedPair(
      { ...unanswered, mine: false },
      {
        'PUT /api/my/pairs/:pairId/continuation': apiError(
          409,
          'conflict',
          'This pair ended before the program did, so there is nothing to continue here.',
        ),
      },
    );
    const { user, card } = await openCard();
    expect(within(card).getByText('Thank you: you said not for now. Grace is not told.')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Yes, we’ll keep meeting' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('nothing to continue here');
  });

  it('shows nothing while the question is not open', async () => {
    closedPair({ ...unanswered, open: false, reason: 'This pair ended before the program did.' });
    renderApp('/my/pairs/pair-1');
    expect(await screen.findByText('Reverse Mentoring 2026 has closed')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByLabelText('Loading whether you keep meeting')).toBeNull());
    expect(screen.queryByRole('region', { name: /keep meeting/ })).not.toBeInTheDocument();
  });
});
