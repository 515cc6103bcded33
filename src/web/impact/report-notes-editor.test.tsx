import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgram } from '../programs/program-builders';
import { aMe } from '../testing/builders';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aDiversity, anImpact, journeys } from './impact-builders';
import { aComparison, aQuote, someNotes } from './report-builders';

const SECOND = aQuote({ responseId: 'rsp-2', side: 'mentee', text: 'Leaders listen when you bring data.' });

function reportApi(notes: MockRoutes[string], put?: MockRoutes[string]) {
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: aProgram({ phase: 'closed' }) },
    'GET /api/programs/:id/impact': { body: anImpact(journeys) },
    'GET /api/programs/:id/impact/diversity': { body: aDiversity([]) },
    'GET /api/programs/:id/impact/report-notes': notes,
    'GET /api/programs/:id/impact/cohorts': { body: aComparison(false) },
    ...(put ? { 'PUT /api/programs/:id/impact/report-notes': put } : {}),
  });
}

describe('the report notes on HR’s Impact tab', { timeout: 30_000 }, () => {
  it('says plainly when no one has agreed to be quoted, and when there is no earlier cohort', async () => {
    reportApi({ body: someNotes() });
    const { user } = renderApp('/programs/prg-1/impact');
    expect(await screen.findByText('HR has not written the key takeaways yet.')).toBeVisible();
    expect(screen.getByText('No one has agreed to be quoted yet.')).toBeVisible();
    expect(
      await screen.findByText(/There is no earlier cohort of this program to compare with yet/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Edit the report notes' }));
    expect(screen.getByText('No one has agreed to be quoted yet')).toBeVisible();
  });

  it('saves the takeaways and the ticked quotes, labelled by side and never by name', async () => {
    let saved: unknown;
    const api = reportApi({ body: someNotes({ candidates: [aQuote(), SECOND] }) }, (request) => {
      saved = request.body;
      return {
        body: someNotes({
          takeaways: 'Book the first meeting at kickoff.',
          quotes: [SECOND],
          candidates: [aQuote(), SECOND],
          updatedAt: '2027-03-02T10:00:00Z',
        }),
      };
    });
    const { user } = renderApp('/programs/prg-1/impact');
    await user.click(await screen.findByRole('button', { name: 'Edit the report notes' }));
    const form = screen.getByRole('form', { name: 'Edit the report notes' });
    await user.type(within(form).getByLabelText(/Key takeaways/), 'Book the first meeting at kickoff.');
    const mentee = within(form).getByRole('checkbox', { name: /Leaders listen when you bring data/ });
    expect(within(form).getByText(/^Mentee, answering/)).toBeVisible();
    expect(within(form).getByText(/^Mentor, answering/)).toBeVisible();
    await user.click(mentee);
    await user.click(within(form).getByRole('button', { name: 'Save report notes' }));
    expect(await screen.findByText('Book the first meeting at kickoff.')).toBeVisible();
    expect(saved).toEqual({
      takeaways: 'Book the first meeting at kickoff.',
      quotes: [{ responseId: 'rsp-2', questionId: 'final_testimonial' }],
    });
    const quotes = screen.getAllByTestId('report-quote');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toHaveTextContent('“Leaders listen when you bring data.”Mentee, answering');
    expect(screen.queryByRole('form', { name: 'Edit the report notes' })).not.toBeInTheDocument();
    expect(api.calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });

  it('shows the server’s refusal at the quotes and keeps the editor open', async () => {
    reportApi(
      { body: someNotes({ candidates: [aQuote()] }) },
      apiError(400, 'validation', 'This answer cannot be quoted.', [
        {
          code: 'not_quotable',
          path: ['quotes', 0],
          message: 'This answer cannot be quoted: its author has not agreed.',
        },
      ]),
    );
    const { user } = renderApp('/programs/prg-1/impact');
    await user.click(await screen.findByRole('button', { name: 'Edit the report notes' }));
    await user.click(screen.getByRole('checkbox', { name: /youngest customers/ }));
    await user.click(screen.getByRole('button', { name: 'Save report notes' }));
    expect(await screen.findByText('This answer cannot be quoted: its author has not agreed.')).toBeVisible();
    expect(screen.getByRole('form', { name: 'Edit the report notes' })).toBeVisible();
  });

  it('refuses takeaways over the limit before sending them', async () => {
    const api = reportApi({ body: someNotes({ takeaways: 'x'.repeat(5000) }) }, { body: someNotes() });
    const { user } = renderApp('/programs/prg-1/impact');
    await user.click(await screen.findByRole('button', { name: 'Edit the report notes' }));
    await user.type(screen.getByLabelText(/Key takeaways/), 'y');
    await user.click(screen.getByRole('button', { name: 'Save report notes' }));
    expect(screen.getByText('Keep the takeaways to 5,000 characters.')).toBeVisible();
    expect(api.calls.filter((c) => c.method === 'PUT')).toEqual([]);
  });
});
