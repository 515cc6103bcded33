import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DiversityParticipant } from '#core/impact/diversity';
import { funnelOverTime } from '#core/impact/participation-funnel';
import type { Side } from '#core/programs/intake-form';
import { setCsrfToken } from '../api/client';
import { createQueryClient } from '../api/query-client';
import { AppProviders } from '../app-providers';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { DiversitySection } from './diversity-section';
import { aDiversity, anImpact, journeys } from './impact-builders';
import { ImpactFigures } from './impact-figures';

function renderSection(answer: MockRoutes[string]) {
  const api = mockApi({ 'GET /api/programs/:id/impact/diversity': answer });
  setCsrfToken(null);
  render(
    <AppProviders queryClient={createQueryClient({ retry: false })} env="test">
      <DiversitySection programId="prg-1" />
    </AppProviders>,
  );
  return api;
}

let next = 0;
const people = (n: number, side: Side, gender: string, consented = true): DiversityParticipant[] =>
  Array.from({ length: n }, () => ({ personId: `p${next++}`, side, consented, answers: { gender } }));

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

describe('diversity of participation', { timeout: 30_000 }, () => {
  it('shows a table per question, mentors, mentees and everyone, small counts as hidden', async () => {
    // Gender, consented: mentors 5 Woman, 5 Man; mentees 6 Woman, 2 Man. The mentees' Man (2) is
    // small; along the Man row the mentors' Man goes too, then along each side's column the Woman
    // cell that would give it away. The unconsented mentor is not counted by the core.
    const api = renderSection({
      body: aDiversity([
        ...people(5, 'mentor', 'Woman'),
        ...people(5, 'mentor', 'Man'),
        ...people(6, 'mentee', 'Woman'),
        ...people(2, 'mentee', 'Man'),
        ...people(1, 'mentor', 'Non-binary', false),
      ]),
    });
    const table = await screen.findByRole('table', { name: 'How do you describe your gender?' });
    expect(rowsOf(table)).toEqual([
      ['Answer', 'Mentors', 'Mentees', 'Everyone'],
      ['Answered', '10', '8', '18'],
      ['Woman', 'hidden', 'hidden', '11'],
      ['Man', 'hidden', 'hidden', '7'],
      ['Non-binary', '0', '0', '0'],
      ['In another way', '0', '0', '0'],
      ['Prefer not to say', '0', '0', '0'],
    ]);
    expect(within(table).getAllByText('hidden')[0]).toHaveAttribute(
      'title',
      expect.stringMatching(/^Hidden/),
    );
    expect(screen.getByText(/Counted only from participants who agreed/)).toHaveTextContent(
      'A count is hidden when fewer than 5 people are behind it',
    );
    expect(api.calls.map((c) => c.path)).toEqual(['/api/programs/prg-1/impact/diversity']);
  });

  it('says so when nobody has shared answers with consent', async () => {
    renderSection({ body: aDiversity(people(6, 'mentor', 'Woman', false)) });
    expect(await screen.findByTestId('diversity-empty')).toHaveTextContent(
      'No participant has shared answers with consent yet.',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says so when the form asks no background questions', async () => {
    renderSection({ body: { ...aDiversity([]), questions: [] } });
    expect(await screen.findByText(/asks no optional background questions/)).toBeVisible();
  });

  it('shows the server’s message when the counts cannot be loaded', async () => {
    renderSection(apiError(404, 'not_found', 'That program was not found.'));
    expect(await screen.findByText('That program was not found.')).toBeVisible();
  });
});

describe('the impact figures', { timeout: 30_000 }, () => {
  it('show both charts and the diversity section under their headings', async () => {
    const byMonth = funnelOverTime(journeys, {
      from: '2026-09-01',
      to: '2026-12-01',
      unit: 'month',
      minGroupSize: 5,
    });
    const impact = anImpact(journeys, { funnel: { now: anImpact(journeys).funnel.now, byMonth } });
    mockApi({
      'GET /api/programs/:id/impact/diversity': {
        body: aDiversity([...people(5, 'mentor', 'Woman'), ...people(5, 'mentee', 'Man')]),
      },
    });
    render(
      <AppProviders queryClient={createQueryClient({ retry: false })} env="test">
        <ImpactFigures impact={impact} />
      </AppProviders>,
    );
    expect(screen.getByRole('figure', { name: 'Participation over time' })).toBeVisible();
    expect(screen.getByRole('figure', { name: 'Still employed' })).toBeVisible();
    const section = screen.getByRole('region', { name: 'Diversity of participation' });
    const table = await within(section).findByRole('table', { name: 'How do you describe your gender?' });
    expect(rowsOf(table)[1]).toEqual(['Answered', '5', '5', '10']);
  });
});
