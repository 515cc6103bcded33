import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aDiversity, anImpact, journeys } from './impact-builders';
import { aComparison } from './report-builders';

function impactApi(answer: MockRoutes[string]) {
  return mockApi({
    'GET /api/me': { body: aMe(['sponsor']) },
    'GET /api/programs/:id/impact': answer,
    'GET /api/programs/:id/impact/diversity': { body: aDiversity([]) },
    'GET /api/programs/:id/impact/takeaways': {
      body: { takeaways: 'Pairs who met early kept meeting.', updatedAt: '2027-03-02T10:00:00Z' },
    },
    'GET /api/programs/:id/impact/cohorts': { body: aComparison(true) },
  });
}

describe('a sponsored program’s impact', { timeout: 30_000 }, () => {
  it('shows the program’s aggregate figures under a plain note on what is hidden', async () => {
    const api = impactApi({ body: anImpact(journeys, { audience: 'sponsor' }) });
    renderApp('/sponsor/programs/prg-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reverse Mentoring 2026' })).toBeVisible();
    expect(screen.getByText('Active · 1 Sept 2026 – 1 Mar 2027')).toBeVisible();
    expect(screen.getByTestId('aggregates-note')).toHaveTextContent(
      "These figures are aggregates: totals and shares, never a person's name or words. Any figure about fewer than 5 people is hidden",
    );
    expect(screen.getByTestId('funnel-mentor-matched')).toHaveTextContent('Matched6');
    expect(screen.getByTestId('funnel-mentee-active')).toHaveTextContent(
      'Hidden: fewer than 5 people are behind this figure',
    );
    expect(
      within(screen.getByRole('group', { name: 'Mentees learned' })).getByText(
        'AI tools: 6 learners, 6 lessons',
      ),
    ).toBeVisible();
    expect(screen.getAllByTestId('objective')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Download the figures (CSV)' })).toHaveAttribute(
      'href',
      '/api/programs/prg-1/impact.csv',
    );
    expect(screen.getByRole('link', { name: 'Download the report (PDF)' })).toHaveAttribute(
      'href',
      '/api/programs/prg-1/impact/report.pdf',
    );
    expect(screen.getByRole('link', { name: 'Back to programs I sponsor' })).toHaveAttribute(
      'href',
      '/sponsor',
    );
    // A sponsor reads the impact only, never HR's program record (which would answer 403).
    expect(api.unmatched).toEqual([]);
  });

  it('shows HR’s takeaways and the earlier cohorts, never participants’ words', async () => {
    const api = impactApi({ body: anImpact(journeys, { audience: 'sponsor' }) });
    renderApp('/sponsor/programs/prg-1');
    expect(await screen.findByText('Pairs who met early kept meeting.')).toBeVisible();
    const table = await screen.findByRole('table', { name: 'This cohort against earlier cohorts' });
    expect(within(table).getByText('Reverse Mentoring 2026 (this cohort)')).toBeVisible();
    expect(within(table).getByTestId('cohort-row-matched')).toHaveTextContent(
      'People matched12 peopleHidden',
    );
    expect(within(table).getByTestId('cohort-row-pulse')).toHaveTextContent('4.5 out of 54.1 out of 5');
    expect(screen.queryByText('In their words')).not.toBeInTheDocument();
    expect(api.calls.map((c) => c.path)).not.toContain('/api/programs/prg-1/impact/report-notes');
  });

  it('shows the error with a way back when the program is not theirs', async () => {
    impactApi(apiError(404, 'not_found', 'That program was not found.'));
    renderApp('/sponsor/programs/prg-9');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('That program was not found.');
    expect(within(alert).getByRole('link', { name: 'Back to programs I sponsor' })).toHaveAttribute(
      'href',
      '/sponsor',
    );
  });

  it('shows a loading state while the figures arrive', async () => {
    impactApi(() => new Promise(() => {}));
    renderApp('/sponsor/programs/prg-1');
    expect(await screen.findByLabelText('Loading the impact')).toBeInTheDocument();
  });
});
