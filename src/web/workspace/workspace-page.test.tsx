import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aMe } from '../testing/builders';
import { apiError, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';
import { aMeeting, anAgreedAgreement, aWorkspace } from './workspace-builders';

describe('the pair workspace page', { timeout: 20_000 }, () => {
  it('names the partner and the program, offers a confidential concern, and opens on the agreement', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['participant']) },
      'GET /api/my/pairs/:pairId/workspace': { body: aWorkspace() },
      'GET /api/my/calendar-feed': { body: { url: null, createdAt: null } },
    });
    const { user, router } = renderApp('/my/pairs/pair-1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your mentoring with Grace Hopper' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Your mentoring with Grace Hopper · Counterpart');
    const main = screen.getByRole('main');
    expect(main).toHaveTextContent('Chief Financial Officer, Finance · Amsterdam');
    expect(main).toHaveTextContent('Reverse Mentoring 2026 · you are the mentor · together since 1 Sept');
    expect(screen.getByRole('button', { name: 'Raise a concern with HR' })).toBeInTheDocument();
    expect(main).toHaveTextContent('Tell HR in confidence; Grace is not told.');
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Agreementto do',
      'Meetings',
      'Goals',
      'Resources',
    ]);
    expect(screen.getByRole('tab', { name: /Agreement/ })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('button', { name: 'Accept the agreement' })).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Resources' }));
    await waitFor(() => expect(locationOf(router)).toBe('/my/pairs/pair-1?tab=resources'));
    expect(screen.queryByRole('button', { name: 'Accept the agreement' })).not.toBeInTheDocument();
  });

  it('says the pair was not found when it is not mine', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['participant']) },
      'GET /api/my/pairs/:pairId/workspace': apiError(404, 'not_found', 'Pair not found.'),
    });
    renderApp('/my/pairs/pair-9');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This pair was not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('shows other failures calmly', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['participant']) },
      'GET /api/my/pairs/:pairId/workspace': apiError(500, 'internal', 'Something went wrong on our side.'),
    });
    renderApp('/my/pairs/pair-1');
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.');
  });
});

describe('an ended pair', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-10-10T12:00:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('can be read but not changed', async () => {
    const api = mockApi({
      'GET /api/me': { body: aMe(['participant']) },
      'GET /api/my/pairs/:pairId/workspace': {
        body: aWorkspace({
          pair: { id: 'pair-1', status: 'ended', role: 'mentee', startedAt: '2026-09-01T09:00:00.000Z' },
          agreement: anAgreedAgreement(),
        }),
      },
      'GET /api/my/pairs/:pairId/meetings': {
        body: { items: [aMeeting({ myPrivateNote: 'Follow up on the budget.' })] },
      },
    });
    const { user } = renderApp('/my/pairs/pair-1');
    expect(await screen.findByText('This pair has ended')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Meetings' })).toHaveAttribute('aria-selected', 'true');
    const meeting = await screen.findByTestId('meeting-mtg-1');
    expect(meeting).toHaveTextContent('Follow up on the budget.');
    expect(within(meeting).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Raise a concern with HR' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Calendar subscription' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Agreement' }));
    expect(await screen.findByTestId('agreement-summary')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Change the schedule/ })).not.toBeInTheDocument();
    expect(api.unmatched).toEqual([]);
  });
});
