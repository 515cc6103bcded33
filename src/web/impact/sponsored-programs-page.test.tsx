import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';
import { aSponsoredProgram, anImpact, journeys } from './impact-builders';

const pilot = aSponsoredProgram({
  id: 'prg-2',
  name: 'Digital Leadership Circle 2027',
  phase: 'draft',
  startDate: '2027-01-04',
  endDate: '2027-07-02',
});

function sponsorApi(list: MockRoutes[string]) {
  return mockApi({
    'GET /api/me': { body: aMe(['sponsor']) },
    'GET /api/my/sponsored-programs': list,
    'GET /api/programs/:id/impact': { body: anImpact(journeys, { audience: 'sponsor' }) },
  });
}

describe('programs I sponsor', { timeout: 30_000 }, () => {
  it('lists each sponsored program with its phase and dates, and says the figures are aggregates', async () => {
    sponsorApi({ body: { items: [pilot, aSponsoredProgram()] } });
    renderApp('/sponsor');
    expect(await screen.findByRole('heading', { level: 1, name: 'Programs I sponsor' })).toBeVisible();
    expect(screen.getByText(/Every figure is an aggregate/)).toHaveTextContent(
      "Figures about a group smaller than your organisation's minimum group size are hidden",
    );
    const list = await screen.findByRole('list', { name: 'Programs I sponsor' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('aria-labelledby'))).toEqual([
      'sponsored-prg-2-title',
      'sponsored-prg-1-title',
    ]);
    const current = within(list).getByRole('listitem', { name: 'Reverse Mentoring 2026' });
    expect(current).toHaveTextContent('Active');
    expect(current).toHaveTextContent('1 Sept 2026 – 1 Mar 2027');
    expect(within(current).getByRole('link', { name: 'See the impact' })).toHaveAttribute(
      'href',
      '/sponsor/programs/prg-1',
    );
    expect(within(items[0] as HTMLElement).getByRole('link', { name: pilot.name })).toHaveAttribute(
      'href',
      '/sponsor/programs/prg-2',
    );
  });

  it('opens a program’s impact from the list', async () => {
    sponsorApi({ body: { items: [aSponsoredProgram()] } });
    const { router, user } = renderApp('/sponsor');
    await user.click(await screen.findByRole('link', { name: 'Reverse Mentoring 2026' }));
    await waitFor(() => expect(locationOf(router)).toBe('/sponsor/programs/prg-1'));
    expect(await screen.findByTestId('funnel-mentor-matched')).toBeVisible();
  });

  it('says so when the person sponsors no program', async () => {
    sponsorApi({ body: { items: [] } });
    renderApp('/sponsor');
    expect(await screen.findByText("You don't sponsor a program yet")).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Programs I sponsor' })).not.toBeInTheDocument();
  });

  it('shows the error when the list cannot be loaded', async () => {
    sponsorApi(apiError(500, 'internal', 'Something went wrong on our side.'));
    renderApp('/sponsor');
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.');
  });

  it('explains instead of listing to someone who does not sponsor', async () => {
    const api = mockApi({ 'GET /api/me': { body: aMe(['participant']) } });
    renderApp('/sponsor');
    expect(
      await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" }),
    ).toBeInTheDocument();
    expect(api.callsTo('GET /api/my/sponsored-programs')).toHaveLength(0);
  });
});
