import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgramSurvey, someResults } from '../check-ins/check-in-builders';
import { aPair } from '../pairing/pairing-builders';
import { aProgram } from '../programs/program-builders';
import { aMe } from '../testing/builders';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';
import { aMidpointReview } from './midpoint-builders';
import type { DecisionInput, MidpointReview, ReviewPair } from './midpoint-types';

const PUT = 'PUT /api/programs/:id/midpoint-review/pairs/:pairId';

/** The server's answer to a decision: the pair's row with the decision, and `next` for a re-pair. */
function decided(review: MidpointReview) {
  return ({ params, body }: { params: Record<string, string>; body: unknown }) => {
    const input = body as DecisionInput;
    const row = review.pairs.find((p) => p.pairId === params.pairId) as ReviewPair;
    return {
      body: {
        ...row,
        decision: {
          decision: input.decision,
          note: input.note ?? '',
          decidedAt: '2026-12-03T09:00:00.000Z',
          decidedBy: 'Ada Lovelace',
        },
        ...(input.decision === 'repair' ? { next: `/programs/prg-1/matching?pair=${params.pairId}` } : {}),
      },
    };
  };
}

function reviewApi(review: MidpointReview | MockRoutes[string] = aMidpointReview(), extra: MockRoutes = {}) {
  const answer = typeof review === 'object' && 'program' in review ? { body: review } : review;
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: aProgram({ phase: 'midpoint', nextPhases: ['closing'] }) },
    'GET /api/programs/:id/midpoint-review': answer,
    'GET /api/programs/:id/surveys/:surveyId/results': {
      body: someResults({ survey: aProgramSurvey(), responseRate: { invited: 6, responded: 3 } }),
    },
    ...(typeof review === 'object' && 'program' in review ? { [PUT]: decided(review) } : {}),
    ...extra,
  });
}

const open = () => renderApp('/programs/prg-1/midpoint-review');
const card = (pairId: string) => screen.findByTestId(`review-${pairId}`);

describe('the midpoint review', { timeout: 60_000 }, () => {
  it('sums up health, the check-in, requests and progress, then shows the results and the pairs worst first', async () => {
    const api = reviewApi();
    open();
    const quiet = await card('pair-1');
    const counts = screen.getByRole('group', { name: 'Pairs by health' });
    expect(within(counts).getByTestId('health-count-healthy')).toHaveTextContent('Healthy1');
    expect(within(counts).getByTestId('health-count-at_risk')).toHaveTextContent('At risk1');
    expect(within(counts).getByTestId('health-count-inactive')).toHaveTextContent('Inactive1');
    expect(screen.getByTestId('summary-response')).toHaveTextContent('50%3 of 6 people answered');
    expect(screen.getByTestId('summary-requests')).toHaveTextContent('Open re-pair requests1');
    expect(screen.getByTestId('summary-reviewed')).toHaveTextContent('Pairs reviewed1 of 3');

    expect(await screen.findByRole('region', { name: 'Results: Halfway check-in' })).toBeInTheDocument();
    expect(api.callsTo('GET /api/programs/:id/surveys/:surveyId/results')[0]?.params).toEqual({
      id: 'prg-1',
      surveyId: 'srv-mid',
    });

    // Every pair, worst first.
    const list = screen.getByRole('list', { name: 'Pairs to review' });
    const shown = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.dataset.testid);
    expect(shown.map((li) => li.dataset.testid)).toEqual(['review-pair-1', 'review-pair-2', 'review-pair-3']);
    expect(quiet).toHaveTextContent('Lena Park and Grace Hopper');
    expect(quiet).toHaveTextContent('Inactive');
    expect(quiet).toHaveTextContent('No meeting has been held or logged for 41 days.');
    expect(quiet).toHaveTextContent('Meetings held: 2 of 6 planned so far');
    expect(quiet).toHaveTextContent('Lena Park (mentor) answered');
    expect(quiet).toHaveTextContent('Grace Hopper (mentee) has not answered yet');
    expect(quiet).toHaveTextContent('1 re-pair request');
    expect(quiet).toHaveTextContent(
      'Grace Hopper asked to be re-paired on 20 Nov 2026: “We never find a time',
    );
    expect(screen.getByTestId('review-pair-2')).toHaveTextContent('At risk');
  });

  it('filters between the pairs needing attention and all of them', async () => {
    reviewApi();
    const { user } = open();
    await card('pair-1');
    const healthy = screen.getByTestId('review-pair-3');
    expect(healthy).toHaveTextContent('Healthy');
    expect(within(healthy).getByTestId('decision')).toHaveTextContent(
      'Decision: Kept as it is · Ada Lovelace, 2 Dec 2026',
    );
    await user.click(screen.getByRole('radio', { name: 'Needs attention (2)' }));
    await waitFor(() => expect(screen.queryByTestId('review-pair-3')).not.toBeInTheDocument());
    expect(screen.getByTestId('review-pair-1')).toBeInTheDocument();
    expect(screen.getByTestId('review-pair-2')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'All (3)' }));
    expect(await screen.findByTestId('review-pair-3')).toBeInTheDocument();
  });

  it('says so calmly when no pair needs attention, and offers all of them', async () => {
    const base = aMidpointReview();
    const calm = base.pairs.map((p) => ({
      ...p,
      state: 'healthy' as const,
      reasons: [],
      openRepairRequests: 0,
    }));
    reviewApi({ ...base, pairs: calm, repairRequests: [] });
    const { user } = open();
    await card('pair-1');
    await user.click(screen.getByRole('radio', { name: 'Needs attention (0)' }));
    expect(await screen.findByText(/No pair needs attention right now/)).toBeInTheDocument();
    expect(screen.queryByTestId('review-pair-1')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all pairs' }));
    expect(await screen.findByTestId('review-pair-1')).toBeInTheDocument();
  });

  it('keeps a pair in one click and shows the decision', async () => {
    const api = reviewApi();
    const { user } = open();
    const quiet = await card('pair-1');
    await user.click(
      within(quiet).getByRole('button', { name: 'Keep Lena Park and Grace Hopper as they are' }),
    );
    await waitFor(() => expect(api.callsTo(PUT)).toHaveLength(1));
    expect(api.callsTo(PUT)[0]?.params).toEqual({ id: 'prg-1', pairId: 'pair-1' });
    expect(api.callsTo(PUT)[0]?.body).toEqual({ decision: 'keep' });
    expect(await within(quiet).findByTestId('decision')).toHaveTextContent('Decision: Kept as it is');
    expect(screen.getByTestId('summary-reviewed')).toHaveTextContent('2 of 3');
  });

  it('sends chosen resources to both people, after showing who gets the email', async () => {
    const api = reviewApi();
    const { user } = open();
    const slipping = await card('pair-2');
    await user.click(
      within(slipping).getByRole('button', { name: 'Send resources to Sam Okafor and Omar Haddad' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Send resources to Sam Okafor and Omar Haddad',
    });
    expect(within(dialog).getByTestId('email-preview')).toHaveTextContent(
      'Sam Okafor (mentor) and Omar Haddad (mentee), one email each',
    );
    expect(within(dialog).getByTestId('email-preview')).toHaveTextContent(
      'says nothing about how their pair is doing',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send to both' }));
    expect(within(dialog).getByText('Choose at least one resource to send.')).toBeInTheDocument();
    expect(api.callsTo(PUT)).toHaveLength(0);

    await user.click(within(dialog).getByRole('checkbox', { name: 'Meeting guide' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Reverse mentoring FAQ' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Note for HR/ }), 'Check again in January.');
    await user.click(within(dialog).getByRole('button', { name: 'Send to both' }));
    await waitFor(() => expect(api.callsTo(PUT)).toHaveLength(1));
    expect(api.callsTo(PUT)[0]?.body).toEqual({
      decision: 'send_resources',
      resourceIndexes: [0, 2],
      note: 'Check again in January.',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(within(slipping).getByTestId('decision')).toHaveTextContent('Decision: Resources sent');
    expect(within(slipping).getByTestId('decision')).toHaveTextContent('Your note: Check again in January.');
  });

  it('shows the server’s refusal under the resources', async () => {
    const api = reviewApi(aMidpointReview(), {
      [PUT]: apiError(400, 'validation', 'Choose resources from the program’s list.', [
        {
          code: 'unknown_resource',
          path: ['resourceIndexes', 0],
          message: 'Choose resources from the program’s list.',
        },
      ]),
    });
    const { user } = open();
    const quiet = await card('pair-1');
    await user.click(within(quiet).getByRole('button', { name: /Send resources to/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Feedback basics' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send to both' }));
    expect(await within(dialog).findByText('Choose resources from the program’s list.')).toBeInTheDocument();
    expect(api.callsTo(PUT)[0]?.body).toEqual({ decision: 'send_resources', resourceIndexes: [1] });
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('points to the program’s settings when it has no resources to send', async () => {
    reviewApi({ ...aMidpointReview(), resources: [] });
    const { user } = open();
    const quiet = await card('pair-1');
    await user.click(within(quiet).getByRole('button', { name: /Send resources to/ }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('This program has no resources yet.');
    expect(within(dialog).getByRole('link', { name: 'Edit the program’s resources' })).toHaveAttribute(
      'href',
      '/programs/prg-1/edit',
    );
    expect(within(dialog).queryByRole('button', { name: 'Send to both' })).not.toBeInTheDocument();
  });

  it('re-pairs through the Matching tab: explains it, records it, then opens the pair’s end dialog there', async () => {
    const api = reviewApi(aMidpointReview(), {
      'GET /api/programs/:id/match-runs': { body: { items: [] } },
      'GET /api/programs/:id/pairs': { body: { items: [aPair(), aPair({ id: 'pair-2' })] } },
      'GET /api/programs/:id/repair-requests': { body: { items: [] } },
      'GET /api/programs/:id/pair-health': { body: aMidpointReview().health },
    });
    const { user, router } = open();
    const quiet = await card('pair-1');
    await user.click(within(quiet).getByRole('button', { name: 'Re-pair Lena Park and Grace Hopper' }));
    const dialog = await screen.findByRole('dialog', { name: 'Re-pair Lena Park and Grace Hopper?' });
    expect(dialog).toHaveTextContent('End this pair, with a reason that only HR sees.');
    expect(dialog).toHaveTextContent('Re-match the freed people.');
    expect(dialog).toHaveTextContent('Nothing changes for the pair yet');
    await user.click(within(dialog).getByRole('button', { name: 'Open the Matching tab' }));
    await waitFor(() => expect(locationOf(router)).toBe('/programs/prg-1/matching?pair=pair-1'));
    expect(api.callsTo(PUT)[0]?.body).toEqual({ decision: 'repair' });

    const end = await screen.findByRole('dialog', { name: 'End the pair of Lena Park and Grace Hopper?' });
    expect(end).toBeInTheDocument();
    expect(screen.getByText('Re-pairing Lena Park and Grace Hopper')).toBeInTheDocument();
    expect(screen.getByTestId('pair-pair-1')).toHaveAttribute('aria-current', 'true');
    expect(screen.getByTestId('pair-pair-2')).not.toHaveAttribute('aria-current');
  });

  it('notes calmly that the check-in has not opened, with the way to the Check-ins tab', async () => {
    const api = reviewApi({
      ...aMidpointReview(),
      midpointSurvey: aProgramSurvey({ status: 'scheduled', openedAt: null, invited: 0, responded: 0 }),
    });
    open();
    expect(await screen.findByText('The halfway check-in has not opened yet')).toBeInTheDocument();
    expect(screen.getByText(/emailed to everyone in a pair on 1 Dec 2026/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the Check-ins tab' })).toHaveAttribute(
      'href',
      '/programs/prg-1/check-ins',
    );
    expect(screen.getByTestId('summary-response')).toHaveTextContent('The check-in has not been sent yet');
    expect(screen.getByTestId('review-pair-1')).toHaveTextContent(
      'The halfway check-in has not been sent yet.',
    );
    expect(screen.getByTestId('review-pair-1')).not.toHaveTextContent('answered');
    expect(api.callsTo('GET /api/programs/:id/surveys/:surveyId/results')).toHaveLength(0);
  });

  it('shows an empty state without pairs, and the server’s message when loading fails', async () => {
    reviewApi({ ...aMidpointReview(), pairs: [], repairRequests: [] });
    const first = open();
    expect(await screen.findByText('No active pairs to review')).toBeInTheDocument();
    first.unmount();

    reviewApi(apiError(500, 'internal', 'Something went wrong on our side. Please try again.'));
    open();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Something went wrong on our side. Please try again.',
    );
  });

  it('shows a loading state while the review loads', async () => {
    let answer: (response: { body: MidpointReview }) => void = () => {};
    reviewApi(() => new Promise((resolve) => (answer = resolve)));
    open();
    expect(await screen.findByLabelText('Loading the midpoint review')).toBeInTheDocument();
    answer({ body: aMidpointReview() });
    expect(await card('pair-1')).toBeInTheDocument();
    expect(screen.queryByLabelText('Loading the midpoint review')).not.toBeInTheDocument();
  });
});

describe('the Matching tab opened from a re-pair', { timeout: 60_000 }, () => {
  it('says the pair has ended, and opens no dialog, once it has', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/programs/:id': { body: aProgram({ phase: 'midpoint', nextPhases: ['closing'] }) },
      'GET /api/programs/:id/match-runs': { body: { items: [] } },
      'GET /api/programs/:id/pairs': {
        body: {
          items: [aPair({ status: 'ended', endedAt: '2026-12-03T09:00:00.000Z', endReason: 'Re-paired.' })],
        },
      },
      'GET /api/programs/:id/repair-requests': { body: { items: [] } },
      'GET /api/programs/:id/pair-health': {
        body: { summary: { healthy: 0, at_risk: 0, inactive: 0, total: 0 }, items: [] },
      },
    });
    renderApp('/programs/prg-1/matching?pair=pair-1');
    expect(await screen.findByText('The pair of Lena Park and Grace Hopper has ended')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'End this pair…' })).not.toBeInTheDocument();
  });
});
