import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aMyCheckIn } from './check-in-builders';

function homeApi(items: ReturnType<typeof aMyCheckIn>[]) {
  return mockApi({
    'GET /api/me': { body: aMe(['participant']) },
    'GET /api/my/programs': { body: { items: [] } },
    'GET /api/my/check-ins': { body: { items } },
  });
}

describe('the check-in waiting on a participant’s home', { timeout: 15_000 }, () => {
  it('points to the one open check-in not answered yet', async () => {
    homeApi([aMyCheckIn(), aMyCheckIn({ id: 'rcp-2', answeredAt: '2026-12-02T10:00:00.000Z' })]);
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Check-in waiting' });
    expect(within(screen.getByTestId('home-participant')).getByTestId('check-in-waiting')).toBe(card);
    expect(card).toHaveTextContent('“Halfway check-in” (Reverse Mentoring 2026) is open until 15 Dec 2026.');
    expect(within(card).getByRole('link', { name: 'Answer now' })).toHaveAttribute(
      'href',
      '/my/check-ins/rcp-1',
    );
  });

  it('sends to the list when several are waiting, naming the first to close', async () => {
    homeApi([aMyCheckIn({ closesOn: '2026-12-20' }), aMyCheckIn({ id: 'rcp-2', closesOn: '2026-12-10' })]);
    renderApp('/');
    const card = await screen.findByRole('region', { name: 'Check-in waiting' });
    expect(card).toHaveTextContent(
      '2 check-ins are waiting for your answers. The first closes on 10 Dec 2026.',
    );
    expect(within(card).getByRole('link', { name: 'See your check-ins' })).toHaveAttribute(
      'href',
      '/my/check-ins',
    );
  });

  it('stays away when everything is answered or closed', async () => {
    homeApi([
      aMyCheckIn({ answeredAt: '2026-12-02T10:00:00.000Z' }),
      aMyCheckIn({ id: 'rcp-2', status: 'closed' }),
    ]);
    renderApp('/');
    expect(await screen.findByText("You're not in a program yet")).toBeInTheDocument();
    expect(screen.queryByTestId('check-in-waiting')).not.toBeInTheDocument();
  });
});
