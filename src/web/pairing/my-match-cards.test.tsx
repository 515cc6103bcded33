import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { type MockRoutes, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';
import { aMeeting, anAgreedAgreement, aWorkspace } from '../workspace/workspace-builders';
import type { MyPair } from './pairing-types';

const myPair: MyPair = {
  pairId: 'pair-1',
  program: { id: 'prg-1', name: 'Reverse Mentoring 2026', phase: 'active' },
  role: 'mentor',
  partner: {
    name: 'Grace Hopper',
    title: 'Chief Financial Officer',
    department: 'Finance',
    location: 'Amsterdam',
  },
  explanation: 'You teach Blockchain that Grace wants to learn; Grace teaches Capital allocation back.',
  score: 86,
  startedAt: '2026-09-01T09:00:00.000Z',
  status: 'active',
};

function participantApi(extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(['participant']) },
    'GET /api/my/programs': { body: { items: [] } },
    'GET /api/my/pairs': { body: { items: [myPair] } },
    ...extra,
  });
}

describe('a participant’s match', { timeout: 15_000 }, () => {
  it('shows the partner, my role and why we were paired on the home page', async () => {
    participantApi();
    renderApp('/');
    const card = await screen.findByTestId('my-match-pair-1');
    expect(card).toHaveTextContent('Grace Hopper');
    expect(card).toHaveTextContent('Chief Financial Officer, Finance · Amsterdam');
    expect(card).toHaveTextContent('You are the mentor');
    expect(card).toHaveTextContent('Why you were paired: You teach Blockchain that Grace wants to learn');
    expect(card).toHaveTextContent('1 Sept 2026');
  });

  it('opens the pair’s workspace from the card, for active and paused pairs only', async () => {
    participantApi({
      'GET /api/my/pairs': {
        body: {
          items: [
            myPair,
            {
              ...myPair,
              pairId: 'pair-2',
              status: 'paused',
              partner: { ...myPair.partner, name: 'Alan Turing' },
            },
            {
              ...myPair,
              pairId: 'pair-3',
              status: 'ended',
              partner: { ...myPair.partner, name: 'Mary Jackson' },
            },
          ],
        },
      },
    });
    const { user, router } = renderApp('/');
    const card = await screen.findByTestId('my-match-pair-1');
    const open = within(card).getByRole('link', { name: 'Open workspace with Grace Hopper' });
    expect(open).toHaveAttribute('href', '/my/pairs/pair-1');
    expect(open).toHaveTextContent('Open workspace');
    expect(
      within(screen.getByTestId('my-match-pair-2')).getByRole('link', {
        name: 'Open workspace with Alan Turing',
      }),
    ).toHaveAttribute('href', '/my/pairs/pair-2');
    expect(within(screen.getByTestId('my-match-pair-3')).queryByRole('link')).not.toBeInTheDocument();
    await user.click(open);
    await waitFor(() => expect(locationOf(router)).toBe('/my/pairs/pair-1'));
  });

  it('says on the card what the pair should do next in its workspace', async () => {
    participantApi({
      'GET /api/my/pairs/:pairId/workspace': { body: aWorkspace() },
    });
    renderApp('/');
    const card = await screen.findByTestId('my-match-pair-1');
    expect(await within(card).findByTestId('workspace-glance')).toHaveTextContent(
      'Kickoff agreement: waiting for you to read and accept it.',
    );
    expect(within(card).getByRole('link', { name: 'Open the agreement' })).toHaveAttribute(
      'href',
      '/my/pairs/pair-1?tab=agreement',
    );
  });

  it('shows the next meeting once the agreement is accepted', async () => {
    participantApi({
      'GET /api/my/pairs/:pairId/workspace': { body: aWorkspace({ agreement: anAgreedAgreement() }) },
      'GET /api/my/pairs/:pairId/meetings': {
        body: {
          items: [
            aMeeting({ id: 'old', startsAt: '2020-01-07T10:00:00.000Z', endsAt: '2020-01-07T11:00:00.000Z' }),
            aMeeting({
              id: 'next',
              startsAt: '2099-01-06T10:00:00.000Z',
              endsAt: '2099-01-06T11:00:00.000Z',
            }),
          ],
        },
      },
    });
    renderApp('/');
    const card = await screen.findByTestId('my-match-pair-1');
    expect(await within(card).findByTestId('workspace-glance')).toHaveTextContent(
      'Next meeting: Tue 6 Jan 2099, 10:00–11:00 · AI at work.',
    );
  });

  it('sends a confidential re-pair request with a reason, from My programs', async () => {
    const api = participantApi({
      'POST /api/my/pairs/:pairId/repair-request': { status: 201, body: { id: 'rr-1' } },
    });
    const { user } = renderApp('/my/programs');
    const card = await screen.findByTestId('my-match-pair-1');
    await user.click(within(card).getByRole('button', { name: 'Ask HR for a different match' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ask HR for a different match' });
    expect(dialog).toHaveTextContent('Grace Hopper is not told that you asked');
    await user.click(within(dialog).getByRole('button', { name: 'Send to HR' }));
    expect(within(dialog).getByText('Please tell HR a little about why.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/my/pairs/:pairId/repair-request')).toHaveLength(0);
    await user.type(
      within(dialog).getByRole('textbox', { name: /What is not working/ }),
      'We never find a time.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send to HR' }));
    await waitFor(() => expect(api.callsTo('POST /api/my/pairs/:pairId/repair-request')).toHaveLength(1));
    const call = api.callsTo('POST /api/my/pairs/:pairId/repair-request')[0];
    expect(call?.params.pairId).toBe('pair-1');
    expect(call?.body).toEqual({ reason: 'We never find a time.' });
    expect(await within(dialog).findByText('Your request was sent')).toBeInTheDocument();
  });
});
