import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { funnelOverTime } from '#core/impact/participation-funnel';
import { createQueryClient } from '../../api/query-client';
import { AppProviders } from '../../app-providers';
import { aRetentionGroup, journeys } from '../impact-builders';
import { ParticipationChart } from './participation-chart';
import { RetentionChart } from './retention-chart';

function renderIn(node: ReactNode) {
  const user = userEvent.setup({ delay: null });
  render(
    <AppProviders queryClient={createQueryClient({ retry: false })} env="test">
      {node}
    </AppProviders>,
  );
  return user;
}

/**
 * The builders' cohort month by month (Sep–Dec 2026), everyone matched and active by 20 September:
 *   matched: everyone 12, mentors 6, mentees 6
 *   held a meeting: everyone 8, mentors 6 (hidden: it would give the mentees' 2 away), mentees 2 (hidden)
 *   completed: 0 everywhere (the program ends in March)
 */
const byMonth = funnelOverTime(journeys, {
  from: '2026-09-01',
  to: '2026-12-01',
  unit: 'month',
  minGroupSize: 5,
});
const values = (key: string) => screen.queryAllByTestId(`point-${key}`).map((p) => Number(p.dataset.value));
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

describe('participation over time', { timeout: 30_000 }, () => {
  it('draws a point a month per stage, with the same numbers in a table', async () => {
    renderIn(<ParticipationChart byMonth={byMonth} minGroupSize={5} startDate="2026-09-01" />);
    const figure = screen.getByRole('figure', { name: 'Participation over time' });
    expect(figure).toHaveAccessibleDescription(/from Sept 2026 to Dec 2026/);
    expect(values('matched')).toEqual([12, 12, 12, 12]);
    expect(values('active')).toEqual([8, 8, 8, 8]);
    expect(values('completed')).toEqual([0, 0, 0, 0]);
    expect(screen.queryByTestId('chart-note')).toBeNull();
    const table = within(figure).getByRole('table', { name: /Participation over time, everyone/ });
    expect(rowsOf(table)).toEqual([
      ['Month', 'Matched', 'Held a meeting', 'Completed'],
      ['Sept 2026', '12', '8', '0'],
      ['Oct 2026', '12', '8', '0'],
      ['Nov 2026', '12', '8', '0'],
      ['Dec 2026', '12', '8', '0'],
    ]);
  });

  it('leaves a gap for a hidden figure and says why, per side', async () => {
    const user = renderIn(<ParticipationChart byMonth={byMonth} minGroupSize={5} startDate="2026-09-01" />);
    await user.click(screen.getByRole('radio', { name: 'Mentees' }));
    expect(values('matched')).toEqual([6, 6, 6, 6]);
    expect(values('active')).toEqual([]);
    expect(screen.getByTestId('chart-note')).toHaveTextContent(
      'Gaps are hidden figures: about fewer than 5 people',
    );
    const table = screen.getByRole('table', { name: /Participation over time, mentees/ });
    expect(rowsOf(table)[1]).toEqual(['Sept 2026', '6', 'hidden', '0']);
    expect(table).not.toHaveTextContent(/\b2\b/);
    await user.click(screen.getByRole('radio', { name: 'Mentors' }));
    expect(values('active')).toEqual([]);
    expect(values('matched')).toEqual([6, 6, 6, 6]);
  });

  it('shows the numbers on screen on request', async () => {
    const user = renderIn(<ParticipationChart byMonth={byMonth} minGroupSize={5} startDate="2026-09-01" />);
    const toggle = screen.getByRole('button', { name: 'Show the numbers' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(screen.getByRole('button', { name: 'Hide the numbers' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('says so when there is no month to chart yet', () => {
    renderIn(<ParticipationChart byMonth={[]} minGroupSize={5} startDate="2027-01-01" />);
    expect(screen.getByTestId('participation-chart-empty')).toHaveTextContent(
      'Participation over time: nothing to chart yet. The first month appears once the program has started (Jan 2027).',
    );
    expect(screen.queryByRole('figure')).toBeNull();
  });
});

describe('still employed', { timeout: 30_000 }, () => {
  it('draws participants against comparable colleagues, monthly, a hidden group as a note', () => {
    renderIn(
      <RetentionChart
        retention={{
          participants: aRetentionGroup('2026-09-01', [1, 1, 0.9, 11 / 12]),
          comparison: aRetentionGroup('2026-09-01', null),
        }}
      />,
    );
    const figure = screen.getByRole('figure', { name: 'Still employed' });
    expect(values('participants')).toEqual([100, 100, 90, 91.7]);
    expect(values('comparison')).toEqual([]);
    expect(screen.getByTestId('chart-note')).toHaveTextContent(
      'Comparable colleagues: Hidden: fewer than 5 people are behind this figure',
    );
    expect(rowsOf(within(figure).getByRole('table'))).toEqual([
      ['Month', 'Participants', 'Comparable colleagues'],
      ['1 Sept 2026 (month 0)', '100%', 'hidden'],
      ['1 Oct 2026 (month 1)', '100%', 'hidden'],
      ['1 Nov 2026 (month 2)', '90%', 'hidden'],
      ['1 Dec 2026 (month 3)', '91.7%', 'hidden'],
    ]);
  });

  it('leaves a gap where the records cannot say', () => {
    renderIn(
      <RetentionChart
        retention={{
          participants: aRetentionGroup('2026-09-01', [1, null]),
          comparison: aRetentionGroup('2026-09-01', [1, 0.8]),
        }}
      />,
    );
    expect(values('participants')).toEqual([100]);
    expect(values('comparison')).toEqual([100, 80]);
    expect(screen.getByTestId('chart-note')).toHaveTextContent('A gap is a month the records cannot say');
  });

  it('says so when neither group can be drawn', () => {
    renderIn(
      <RetentionChart
        retention={{
          participants: aRetentionGroup('2026-09-01', null),
          comparison: aRetentionGroup('2026-09-01', null),
        }}
      />,
    );
    expect(screen.getByTestId('retention-chart-empty')).toHaveTextContent(
      'Still employed: nothing to chart yet.',
    );
    expect(screen.queryByRole('figure')).toBeNull();
  });
});
