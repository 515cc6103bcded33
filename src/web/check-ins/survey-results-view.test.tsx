import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { suppressed } from '#core/surveys/suppression';
import { setCsrfToken } from '../api/client';
import { createQueryClient } from '../api/query-client';
import { AppProviders } from '../app-providers';
import { mockApi } from '../testing/mock-api';
import { aProgramSurvey, someResults, templates } from './check-in-builders';
import type { SurveyResults } from './check-in-types';
import { SurveyResultsView } from './survey-results-view';

function renderView(results: SurveyResults) {
  const api = mockApi({ 'GET /api/programs/:id/surveys/:surveyId/results': { body: results } });
  setCsrfToken('csrf-123');
  const router = createMemoryRouter([
    { path: '*', element: <SurveyResultsView programId="prg-1" surveyId="srv-mid" /> },
  ]);
  render(
    <AppProviders queryClient={createQueryClient({ retry: false })} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return api;
}

const article = (name: string | RegExp) => screen.getByRole('article', { name });

/** Final review results: 6 answered; the recommend score shown, one change row hidden. */
function finalResults(): SurveyResults {
  const survey = aProgramSurvey({
    id: 'srv-final',
    key: 'final_review',
    timing: 'final',
    title: 'Final review',
    status: 'closed',
    template: templates.final,
  });
  return {
    survey,
    responseRate: { invited: 10, responded: 6 },
    aggregate: {
      surveyKey: 'final_review',
      audience: 'hr',
      minGroupSize: 5,
      respondents: {
        overall: { suppressed: false, respondents: 6 },
        bySide: { mentor: suppressed('no_answers', 5), mentee: { suppressed: false, respondents: 6 } },
      },
      questions: [
        {
          questionId: 'final_recommend',
          kind: 'nps',
          side: 'both',
          prompt: 'How likely are you to recommend this program to a colleague?',
          overall: {
            suppressed: false,
            respondents: 6,
            answers: 6,
            mean: 8.17,
            distribution: Array.from({ length: 11 }, (_, value) => ({
              value,
              count: value === 10 ? 2 : value === 9 ? 1 : value === 8 ? 2 : value === 4 ? 1 : 0,
            })),
            nps: { score: 33.3, promoters: 50, passives: 33.3, detractors: 16.7 },
          },
          bySide: { mentor: suppressed('no_answers', 5), mentee: { ...suppressed('complementary', 5) } },
        },
      ],
    },
    change: [
      {
        questionId: 'final_digital_confidence',
        beforeQuestionId: 'kickoff_digital_confidence',
        side: 'mentee',
        prompt: 'How confident are you using digital tools in your everyday work?',
        overall: {
          suppressed: false,
          respondents: 6,
          meanBefore: 2.5,
          meanAfter: 3.83,
          meanChange: 1.33,
          improved: 83.3,
          unchanged: 16.7,
          declined: 0,
        },
        bySide: null,
      },
      {
        questionId: 'final_visibility',
        beforeQuestionId: 'kickoff_visibility',
        side: 'mentor',
        prompt: 'How visible is your work to senior leaders?',
        overall: suppressed('small_group', 5),
        bySide: null,
      },
    ],
  };
}

describe('survey results', { timeout: 15_000 }, () => {
  it('shows the response rate, each scale’s mean and distribution, and choice counts as bars', async () => {
    const api = renderView(someResults());
    expect(await screen.findByRole('region', { name: 'Results: Halfway check-in' })).toBeInTheDocument();
    expect(screen.getByText(/invited people answered \(67%\)/)).toHaveTextContent(
      '8 of 12 invited people answered (67%)',
    );
    expect(screen.getByRole('progressbar', { name: 'Response rate' })).toHaveAttribute('aria-valuenow', '67');
    expect(api.callsTo('GET /api/programs/:id/surveys/:surveyId/results')[0]?.params).toEqual({
      id: 'prg-1',
      surveyId: 'srv-mid',
    });

    const going = article('How is the mentoring going so far?');
    expect(going).toHaveTextContent('Average 3.75 out of 5 · 8 people');
    const bars = within(going).getByRole('list', { name: /How people answered/ });
    expect(
      within(bars)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['1 · Not well: 0', '2: 1', '3: 2', '4: 3', '5 · Very well: 2']);

    const frequency = article('How often are you meeting?');
    expect(frequency).toHaveTextContent('7 people answered');
    const choices = within(frequency).getByRole('list', { name: /Choices picked/ });
    expect(
      within(choices)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['Not often enough: 2', 'About right: 5', 'Too often: 0']);
  });

  it('hides small groups and their complements with the reason, by side and for a whole question', async () => {
    renderView(someResults());
    const going = await screen.findByRole('article', { name: 'How is the mentoring going so far?' });
    const mentors = within(going).getByRole('group', { name: 'Mentors (junior)' });
    expect(mentors).toHaveTextContent('Hidden: fewer than 5 people answered.');
    expect(mentors).not.toHaveTextContent('Average');
    const mentees = within(going).getByRole('group', { name: 'Mentees (senior)' });
    expect(mentees).toHaveTextContent('Hidden so that it can’t be worked out from the totals.');
    expect(mentees).not.toHaveTextContent('Average');

    const support = article('Is there anything that would help your mentoring work better?');
    expect(support).toHaveTextContent('Hidden: fewer than 5 people answered.');
    expect(within(support).queryByRole('listitem')).not.toBeInTheDocument();
    expect(screen.getByText(/Mentors \(junior\): Hidden: fewer than 5 people answered./)).toBeInTheDocument();
  });

  it('lists only the written answers it was given, labelled as shared with HR without names', async () => {
    renderView(someResults());
    const learned = await screen.findByRole('article', {
      name: 'What have you learned from your partner so far?',
    });
    expect(learned).toHaveTextContent('6 people wrote an answer; 2 shared it with HR.');
    expect(within(learned).getByText('Shared with HR by the respondents, without names')).toBeInTheDocument();
    const texts = within(learned).getByRole('list', { name: 'Written answers shared with HR' });
    expect(
      within(texts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['How the board weighs a decision.', 'Shortcuts in our reporting tool.']);
    expect(screen.getAllByRole('list', { name: 'Written answers shared with HR' })).toHaveLength(1);
  });

  it('says when nobody shared a written answer', async () => {
    const results = someResults();
    const questions = results.aggregate.questions.map((q) =>
      q.questionId === 'midpoint_learned' && q.kind === 'long_text'
        ? { ...q, overall: { suppressed: false as const, respondents: 5, texts: [] } }
        : q,
    );
    renderView({ ...results, aggregate: { ...results.aggregate, questions } });
    const learnedView = await screen.findByRole('article', { name: /What have you learned/ });
    expect(learnedView).toHaveTextContent('5 people wrote an answer; none shared it with HR.');
    expect(within(learnedView).queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows the recommend score with promoters, passives and detractors, and the before/after table', async () => {
    renderView(finalResults());
    const recommend = await screen.findByRole('article', { name: /recommend this program/ });
    const score = within(recommend).getByRole('group', { name: 'Recommend score' });
    expect(score).toHaveTextContent('Recommend score +33.3');
    expect(score).toHaveTextContent('Promoters (9–10): 50%');
    expect(score).toHaveTextContent('Passives (7–8): 33.3%');
    expect(score).toHaveTextContent('Detractors (0–6): 16.7%');
    expect(recommend).toHaveTextContent('Average 8.17 out of 10 · 6 people');
    expect(within(recommend).getByRole('group', { name: 'Mentors (junior)' })).toHaveTextContent(
      'No answers yet.',
    );

    const table = screen.getByRole('table', { name: 'Before and after' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('How confident are you using digital tools in your everyday work?');
    expect(rows[1]).toHaveTextContent('Mentees (senior)');
    expect(
      within(rows[1] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['6', '2.5', '3.83', '+1.33', '83.3% / 16.7% / 0%']);
    expect(rows[2]).toHaveTextContent('Mentors (junior)');
    expect(rows[2]).toHaveTextContent('Hidden: fewer than 5 people answered.');
  });

  it('says calmly when nobody has answered yet', async () => {
    const results = someResults();
    renderView({ ...results, responseRate: { invited: 12, responded: 0 } });
    expect(await screen.findByText('No answers yet')).toBeInTheDocument();
    expect(screen.getByText(/fewer than 5 people stay hidden/)).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });
});
