import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgram } from '../programs/program-builders';
import { aMe } from '../testing/builders';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aComparison, someNotes } from './report-builders';
import { anImpact, journeys } from './impact-builders';

function impactApi(answer: MockRoutes[string]) {
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: aProgram({ phase: 'active' }) },
    'GET /api/programs/:id/impact': answer,
    'GET /api/programs/:id/impact/report-notes': { body: someNotes() },
    'GET /api/programs/:id/impact/cohorts': { body: aComparison(false) },
  });
}

describe('the impact tab', { timeout: 30_000 }, () => {
  it('shows the funnel per side, engagement, skills learned and objectives, with hidden figures as the core’s words', async () => {
    impactApi({ body: anImpact(journeys) });
    renderApp('/programs/prg-1/impact');
    const mentorsMatched = await screen.findByTestId('funnel-mentor-matched');
    expect(mentorsMatched).toHaveTextContent('Matched6');
    expect(screen.getByTestId('funnel-mentee-matched')).toHaveTextContent('Matched6');
    const menteesActive = screen.getByTestId('funnel-mentee-active');
    expect(menteesActive).toHaveTextContent('Hidden: fewer than 5 people are behind this figure');
    expect(menteesActive).not.toHaveTextContent('2');
    // The mentors' count would give the mentees' away by subtraction from the total.
    expect(screen.getByTestId('funnel-mentor-active')).toHaveTextContent(
      'Hidden so that a smaller hidden group',
    );
    expect(
      within(screen.getByRole('group', { name: 'Planned meetings held' })).getByText('Nothing to count yet.'),
    ).toBeVisible();
    expect(
      within(screen.getByRole('group', { name: 'Mentees learned' })).getByText(
        'AI tools: 6 learners, 6 lessons',
      ),
    ).toBeVisible();
    const [met, unmeasured] = screen.getAllByTestId('objective');
    expect(met).toHaveTextContent('Pairs keep meetingMet75% against a target of at least 50%: met.');
    expect(unmeasured).toHaveTextContent('Not measurable yet');
    expect(screen.getByRole('tab', { name: 'Impact' })).toHaveAttribute('aria-selected', 'true');
    const csv = screen.getByRole('link', { name: 'Download the figures (CSV)' });
    expect(csv).toHaveAttribute('href', '/api/programs/prg-1/impact.csv');
    expect(csv).toHaveAttribute('download');
    const pdf = screen.getByRole('link', { name: 'Download the report (PDF)' });
    expect(pdf).toHaveAttribute('href', '/api/programs/prg-1/impact/report.pdf');
    expect(pdf).toHaveAttribute('download');
  });

  it('says so when there is nothing to measure yet', async () => {
    impactApi({ body: anImpact([]) });
    renderApp('/programs/prg-1/impact');
    expect(await screen.findByText('Nothing to measure yet')).toBeVisible();
  });

  it('shows the error when the impact cannot be loaded', async () => {
    impactApi(apiError(404, 'not_found', 'That program was not found.'));
    renderApp('/programs/prg-1/impact');
    expect(await screen.findByText('That program was not found.')).toBeVisible();
  });
});
