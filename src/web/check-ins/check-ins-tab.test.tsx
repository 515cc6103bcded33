import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgram } from '../programs/program-builders';
import { aMe } from '../testing/builders';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { programSurveys, someResults } from './check-in-builders';
import type { ProgramSurvey } from './check-in-types';

const program = aProgram({ phase: 'midpoint', nextPhases: ['closing'] });

/** The program's surveys as the server keeps them, changing as HR sends, closes and moves them. */
function hrApi(extra: MockRoutes = {}) {
  let surveys = programSurveys();
  const change = (id: string, update: Partial<ProgramSurvey>) => {
    surveys = surveys.map((s) => (s.id === id ? { ...s, ...update } : s));
    return { body: surveys.find((s) => s.id === id) };
  };
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: program },
    'GET /api/programs/:id/surveys': () => ({ body: { items: surveys } }),
    'GET /api/programs/:id/surveys/:surveyId/results': (request) => {
      const survey = surveys.find((s) => s.id === request.params.surveyId) as ProgramSurvey;
      return { body: someResults({ survey }) };
    },
    'POST /api/programs/:id/surveys/:surveyId/send': (request) => ({
      status: 202,
      ...change(request.params.surveyId ?? '', {
        status: 'open',
        opensOn: '2026-12-04',
        openedAt: '2026-12-04T10:00:00.000Z',
      }),
    }),
    'POST /api/programs/:id/surveys/:surveyId/close': (request) =>
      change(request.params.surveyId ?? '', { status: 'closed', closedAt: '2026-12-04T10:00:00.000Z' }),
    'PATCH /api/programs/:id/surveys/:surveyId': (request) =>
      change(request.params.surveyId ?? '', request.body as Partial<ProgramSurvey>),
    ...extra,
  });
}

const card = (title: string) => screen.getByRole('article', { name: title });

describe('HR’s check-ins tab', { timeout: 30_000 }, () => {
  it('shows the three surveys with status, dates and counts, and the latest sent one’s results', async () => {
    const api = hrApi();
    renderApp('/programs/prg-1/check-ins');
    const kickoff = await screen.findByRole('article', { name: 'Before you start: your expectations' });
    expect(kickoff).toHaveTextContent('Closed');
    expect(kickoff).toHaveTextContent('Opens 1 Sept 2026 · closes 15 Sept 2026');
    expect(kickoff).toHaveTextContent('11 of 12 invited answered (92%)');
    const halfway = card('Halfway check-in');
    expect(halfway).toHaveTextContent('Open');
    expect(halfway).toHaveTextContent('8 of 12 invited answered (67%)');
    expect(within(halfway).getByRole('button', { name: 'Close' })).toBeInTheDocument();
    expect(within(halfway).queryByRole('button', { name: 'Send now' })).not.toBeInTheDocument();
    const final = card('Final review');
    expect(final).toHaveTextContent('Scheduled');
    expect(final).toHaveTextContent('Not sent yet');
    expect(within(final).getByRole('button', { name: 'Send now' })).toBeInTheDocument();
    expect(within(final).queryByRole('button', { name: 'Results' })).not.toBeInTheDocument();
    expect(within(kickoff).queryByRole('button', { name: 'Change dates' })).not.toBeInTheDocument();

    expect(await screen.findByRole('region', { name: 'Results: Halfway check-in' })).toBeInTheDocument();
    expect(within(halfway).getByRole('button', { name: 'Results' })).toHaveAttribute('aria-pressed', 'true');
    expect(
      api.callsTo('GET /api/programs/:id/surveys/:surveyId/results').map((c) => c.params.surveyId),
    ).toEqual(['srv-mid']);
  });

  it('shows another survey’s results on request', async () => {
    const api = hrApi();
    const { user } = renderApp('/programs/prg-1/check-ins');
    const kickoff = await screen.findByRole('article', { name: 'Before you start: your expectations' });
    await user.click(within(kickoff).getByRole('button', { name: 'Results' }));
    expect(
      await screen.findByRole('region', { name: 'Results: Before you start: your expectations' }),
    ).toBeInTheDocument();
    expect(api.callsTo('GET /api/programs/:id/surveys/:surveyId/results').at(-1)?.params.surveyId).toBe(
      'srv-kick',
    );
  });

  it('sends a survey now only after saying who will be emailed', async () => {
    const api = hrApi();
    const { user } = renderApp('/programs/prg-1/check-ins');
    await screen.findByRole('article', { name: 'Final review' });
    await user.click(within(card('Final review')).getByRole('button', { name: 'Send now' }));
    let dialog = await screen.findByRole('dialog', { name: 'Send “Final review” now?' });
    expect(dialog).toHaveTextContent('It opens today instead of 22 Feb 2027.');
    expect(dialog).toHaveTextContent(
      'Everyone in an active or paused pair of Reverse Mentoring 2026 (both the mentor and the mentee) gets an email',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Not now' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST /api/programs/:id/surveys/:surveyId/send')).toHaveLength(0);

    await user.click(within(card('Final review')).getByRole('button', { name: 'Send now' }));
    dialog = await screen.findByRole('dialog', { name: 'Send “Final review” now?' });
    await user.click(within(dialog).getByRole('button', { name: 'Send the invitations' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const call = api.callsTo('POST /api/programs/:id/surveys/:surveyId/send')[0];
    expect(call?.params).toEqual({ id: 'prg-1', surveyId: 'srv-final' });
    expect(call?.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(
      await screen.findByText('“Final review” is open. The invitations are on their way.'),
    ).toBeInTheDocument();
    expect(card('Final review')).toHaveTextContent('Open');
    expect(within(card('Final review')).queryByRole('button', { name: 'Send now' })).not.toBeInTheDocument();
  });

  it('shows why a send was refused, in the dialog', async () => {
    hrApi({
      'POST /api/programs/:id/surveys/:surveyId/send': apiError(409, 'conflict', 'This check-in has closed.'),
    });
    const { user } = renderApp('/programs/prg-1/check-ins');
    await screen.findByRole('article', { name: 'Final review' });
    await user.click(within(card('Final review')).getByRole('button', { name: 'Send now' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send “Final review” now?' });
    await user.click(within(dialog).getByRole('button', { name: 'Send the invitations' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This check-in has closed.');
  });

  it('closes an open survey after confirming, saying how many have not answered', async () => {
    const api = hrApi();
    const { user } = renderApp('/programs/prg-1/check-ins');
    await screen.findByRole('article', { name: 'Halfway check-in' });
    await user.click(within(card('Halfway check-in')).getByRole('button', { name: 'Close' }));
    let dialog = await screen.findByRole('dialog', { name: 'Close “Halfway check-in” now?' });
    expect(dialog).toHaveTextContent('4 of the 12 people invited have not answered yet');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it open' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST /api/programs/:id/surveys/:surveyId/close')).toHaveLength(0);

    await user.click(within(card('Halfway check-in')).getByRole('button', { name: 'Close' }));
    dialog = await screen.findByRole('dialog', { name: 'Close “Halfway check-in” now?' });
    await user.click(within(dialog).getByRole('button', { name: 'Close the check-in' }));
    await waitFor(() =>
      expect(api.callsTo('POST /api/programs/:id/surveys/:surveyId/close')).toHaveLength(1),
    );
    expect(api.callsTo('POST /api/programs/:id/surveys/:surveyId/close')[0]?.params.surveyId).toBe('srv-mid');
    await waitFor(() => expect(card('Halfway check-in')).toHaveTextContent('Closed'));
  });

  it('moves a scheduled survey’s dates, and shows the server’s refusal under the date', async () => {
    let refuse = true;
    const api = hrApi({
      'PATCH /api/programs/:id/surveys/:surveyId': (request) =>
        refuse
          ? apiError(422, 'validation', 'Check the dates.', [
              { code: 'invalid', path: ['closesOn'], message: 'Close it after the day it opens.' },
            ])
          : { body: { ...programSurveys()[2], ...(request.body as object) } },
    });
    const { user } = renderApp('/programs/prg-1/check-ins');
    await screen.findByRole('article', { name: 'Final review' });
    await user.click(within(card('Final review')).getByRole('button', { name: 'Change dates' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the dates: Final review' });
    const opens = within(dialog).getByLabelText('Opens on');
    const closes = within(dialog).getByLabelText('Closes on');
    expect(opens).toHaveValue('2027-02-22');
    await user.clear(closes);
    await user.type(closes, '2027-02-01');
    await user.click(within(dialog).getByRole('button', { name: 'Save the dates' }));
    expect(await within(dialog).findByText('Close it after the day it opens.')).toBeInTheDocument();
    expect(closes).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(api.callsTo('PATCH /api/programs/:id/surveys/:surveyId')[0]?.body).toEqual({
      opensOn: '2027-02-22',
      closesOn: '2027-02-01',
    });

    refuse = false;
    await user.clear(closes);
    await user.type(closes, '2027-03-20');
    await user.click(within(dialog).getByRole('button', { name: 'Save the dates' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(card('Final review')).toHaveTextContent('closes 20 Mar 2027');
  });

  it('moves only the closing date of an open survey', async () => {
    const api = hrApi();
    const { user } = renderApp('/programs/prg-1/check-ins');
    await screen.findByRole('article', { name: 'Halfway check-in' });
    await user.click(within(card('Halfway check-in')).getByRole('button', { name: 'Change dates' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the dates: Halfway check-in' });
    expect(within(dialog).getByLabelText('Opens on')).toBeDisabled();
    const closes = within(dialog).getByLabelText('Closes on');
    await user.clear(closes);
    await user.type(closes, '2026-12-22');
    await user.click(within(dialog).getByRole('button', { name: 'Save the dates' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('PATCH /api/programs/:id/surveys/:surveyId')[0]?.body).toEqual({
      closesOn: '2026-12-22',
    });
    expect(card('Halfway check-in')).toHaveTextContent('closes 22 Dec 2026');
  });

  it('previews the questions each side will be asked', async () => {
    hrApi();
    const { user } = renderApp('/programs/prg-1/check-ins');
    await screen.findByRole('article', { name: 'Final review' });
    await user.click(within(card('Final review')).getByRole('button', { name: 'Preview questions' }));
    const dialog = await screen.findByRole('dialog', { name: 'Preview: Final review' });
    expect(dialog).toHaveTextContent('Who sees your answers');
    const forMentors = within(dialog).getByRole('list', { name: 'Questions for Mentors (junior)' });
    expect(forMentors).toHaveTextContent('How visible is your work to senior leaders?');
    expect(forMentors).not.toHaveTextContent('Has the program changed a decision you made');
    await user.click(within(dialog).getByText('Mentees (senior)'));
    const forMentees = within(dialog).getByRole('list', { name: 'Questions for Mentees (senior)' });
    expect(forMentees).toHaveTextContent('Has the program changed a decision you made');
    expect(forMentees).not.toHaveTextContent('How visible is your work to senior leaders?');
    for (const radio of within(forMentees).getAllByRole('radio')) expect(radio).toBeDisabled();
  });
});
