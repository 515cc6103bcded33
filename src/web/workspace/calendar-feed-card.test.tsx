import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { anAgreedAgreement, aWorkspace } from './workspace-builders';
import type { CalendarFeed } from './workspace-types';

const feedA = 'https://counterpart.example/calendar/feed-1/token-a.ics';
const feedB = 'https://counterpart.example/calendar/feed-1/token-b.ics';

function feedApi(initial: CalendarFeed, extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(['participant']) },
    'GET /api/my/pairs/:pairId/workspace': { body: aWorkspace({ agreement: anAgreedAgreement() }) },
    'GET /api/my/pairs/:pairId/meetings': { body: { items: [] } },
    'GET /api/my/calendar-feed': { body: initial },
    ...extra,
  });
}

async function openCard() {
  const view = renderApp('/my/pairs/pair-1?tab=meetings');
  const card = await screen.findByRole('region', { name: 'Calendar subscription' });
  return { ...view, card };
}

describe('the calendar subscription', { timeout: 20_000 }, () => {
  it('creates a private address to copy, with steps for the common calendar apps', async () => {
    const api = feedApi(
      { url: null, createdAt: null },
      { 'POST /api/my/calendar-feed': { body: { url: feedA, createdAt: '2026-10-01T09:00:00.000Z' } } },
    );
    const { user, card } = await openCard();
    await user.click(await within(card).findByRole('button', { name: 'Subscribe in your calendar app' }));
    const address = await within(card).findByRole('textbox', { name: 'Your private calendar address' });
    expect(address).toHaveValue(feedA);
    expect(address).toHaveAccessibleDescription(/keep it to yourself/);
    expect(api.callsTo('POST /api/my/calendar-feed')).toHaveLength(1);
    expect(card).toHaveTextContent('Outlook:');
    expect(card).toHaveTextContent('Google Calendar:');
    expect(card).toHaveTextContent('Apple Calendar:');
    await user.click(within(card).getByRole('button', { name: 'Copy' }));
    expect(await within(card).findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(feedA);
  });

  it('gets a new link only after warning that the old one stops working', async () => {
    const api = feedApi(
      { url: feedA, createdAt: '2026-10-01T09:00:00.000Z' },
      { 'POST /api/my/calendar-feed': { body: { url: feedB, createdAt: '2026-10-05T09:00:00.000Z' } } },
    );
    const { user, card } = await openCard();
    await user.click(await within(card).findByRole('button', { name: 'Get a new link' }));
    let dialog = await screen.findByRole('dialog', { name: 'Get a new calendar link?' });
    expect(dialog).toHaveTextContent('The old link stops working at once');
    await user.click(within(dialog).getByRole('button', { name: 'Keep the current link' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST /api/my/calendar-feed')).toHaveLength(0);

    await user.click(within(card).getByRole('button', { name: 'Get a new link' }));
    dialog = await screen.findByRole('dialog', { name: 'Get a new calendar link?' });
    await user.click(within(dialog).getByRole('button', { name: 'Get a new link' }));
    await waitFor(() =>
      expect(within(card).getByRole('textbox', { name: 'Your private calendar address' })).toHaveValue(feedB),
    );
    expect(api.callsTo('POST /api/my/calendar-feed')).toHaveLength(1);
  });

  it('turns the subscription off after confirming', async () => {
    const api = feedApi(
      { url: feedA, createdAt: '2026-10-01T09:00:00.000Z' },
      { 'DELETE /api/my/calendar-feed': { status: 204 } },
    );
    const { user, card } = await openCard();
    await user.click(await within(card).findByRole('button', { name: 'Turn off' }));
    let dialog = await screen.findByRole('dialog', { name: 'Turn off the calendar subscription?' });
    expect(dialog).toHaveTextContent('The link stops working at once');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it on' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('DELETE /api/my/calendar-feed')).toHaveLength(0);

    await user.click(within(card).getByRole('button', { name: 'Turn off' }));
    dialog = await screen.findByRole('dialog', { name: 'Turn off the calendar subscription?' });
    await user.click(within(dialog).getByRole('button', { name: 'Turn off' }));
    expect(
      await within(card).findByRole('button', { name: 'Subscribe in your calendar app' }),
    ).toBeInTheDocument();
    expect(within(card).queryByRole('textbox')).not.toBeInTheDocument();
    expect(api.callsTo('DELETE /api/my/calendar-feed')).toHaveLength(1);
  });
});
