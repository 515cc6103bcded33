import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type SurveyQuestion, surveyQuestionSchema } from '#core/surveys/survey-template';
import { aMe } from '../testing/builders';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';
import { aCheckInDetail, aMyCheckIn, templates } from './check-in-builders';
import type { CheckInDetail } from './check-in-types';

const from = (template: keyof typeof templates, id: string) =>
  templates[template].questions.find((q) => q.id === id) as SurveyQuestion;

/** One question of every kind: the product's own, plus a short text and a text HR never reads. */
const questions: SurveyQuestion[] = [
  from('midpoint', 'midpoint_going'),
  from('final', 'final_recommend'),
  from('midpoint', 'midpoint_frequency'),
  from('kickoff', 'kickoff_topics'),
  surveyQuestionSchema.parse({ id: 'one_word', kind: 'short_text', prompt: 'Your partner in one word?' }),
  from('midpoint', 'midpoint_learned'),
  surveyQuestionSchema.parse({
    id: 'private_note',
    kind: 'long_text',
    prompt: 'Anything just for yourself?',
    shareableWithHr: false,
  }),
];

const detail = (overrides: Partial<CheckInDetail> = {}) => aCheckInDetail({ questions, ...overrides });

function participantApi(extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(['participant']) },
    'GET /api/my/check-ins/:id': { body: detail() },
    'PUT /api/my/check-ins/:id': (request) => ({
      body: detail({
        checkIn: aMyCheckIn({ answeredAt: '2026-12-03T09:00:00.000Z' }),
        answers: (request.body as { answers: CheckInDetail['answers'] }).answers,
      }),
    }),
    'GET /api/my/check-ins': { body: { items: [aMyCheckIn({ answeredAt: '2026-12-03T09:00:00.000Z' })] } },
    ...extra,
  });
}

const question = (id: string) => screen.getByTestId(`question-${id}`);
const going = () => screen.getByRole('radiogroup', { name: /How is the mentoring going so far\?/ });
const recommend = () => screen.getByRole('radiogroup', { name: /recommend this program/ });

describe('answering a check-in', { timeout: 30_000 }, () => {
  it('shows the title, intro and who sees the answers above the questions, each named by its prompt', async () => {
    participantApi();
    renderApp('/my/check-ins/rcp-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halfway check-in' })).toBeInTheDocument();
    expect(screen.getByText(templates.midpoint.intro)).toBeInTheDocument();
    const note = screen.getByRole('region', { name: 'Who sees your answers' });
    expect(note).toHaveTextContent('Your partner never sees your answers.');
    const form = screen.getByRole('form', { name: 'Halfway check-in' });
    // The note comes before the first question.
    expect(note.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const going = screen.getByRole('radiogroup', { name: /How is the mentoring going so far\?/ });
    expect(within(going).getAllByRole('radio')).toHaveLength(5);
    expect(within(going).getByRole('radio', { name: '1 · Not well' })).toBeInTheDocument();
    expect(within(going).getByRole('radio', { name: '5 · Very well' })).toBeInTheDocument();
    expect(question('midpoint_going')).toHaveTextContent('*');
    expect(within(recommend()).getAllByRole('radio')).toHaveLength(11);
    expect(within(recommend()).getByRole('radio', { name: '0 · Not at all likely' })).toBeInTheDocument();
    expect(within(recommend()).getByRole('radio', { name: '10 · Extremely likely' })).toBeInTheDocument();
    expect(screen.getByRole('radiogroup', { name: 'How often are you meeting?' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Which areas would you most like/ })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your partner in one word?' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /What have you learned/ })).toBeInTheDocument();

    // Consent is asked only where HR may ever read the answer, and starts unticked.
    const consents = screen.getAllByRole('checkbox', {
      name: /^HR may read this answer \(shown without my name\)\./,
    });
    expect(consents).toHaveLength(2);
    expect(consents[1]).toHaveAccessibleName(
      'HR may read this answer (shown without my name). (for “What have you learned from your partner so far?”)',
    );
    for (const box of consents) expect(box).not.toBeChecked();
    expect(within(question('private_note')).queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('answers every kind with the keyboard and mouse and sends exactly those answers', async () => {
    const api = participantApi();
    const { user, router } = renderApp('/my/check-ins/rcp-1');
    await screen.findByRole('form', { name: 'Halfway check-in' });

    // Likert by keyboard: select the first point, then move right to 4.
    const low = screen.getByRole('radio', { name: '1 · Not well' });
    low.focus();
    await user.keyboard(' ');
    expect(low).toBeChecked();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(within(going()).getByRole('radio', { name: '4' })).toBeChecked();

    await user.click(within(recommend()).getByRole('radio', { name: '9' }));
    await user.click(screen.getByRole('radio', { name: 'About right' }));
    await user.click(screen.getByRole('checkbox', { name: 'Inclusion and belonging' }));
    screen.getByRole('checkbox', { name: 'Digital tools and new technology' }).focus();
    await user.keyboard(' ');
    await user.type(screen.getByRole('textbox', { name: 'Your partner in one word?' }), '  Curious ');
    await user.type(screen.getByRole('textbox', { name: /What have you learned/ }), 'How the board decides.');
    // Tab from the text to its consent box and tick it with the space bar.
    await user.tab();
    expect(within(question('midpoint_learned')).getByRole('checkbox')).toHaveFocus();
    await user.keyboard(' ');
    await user.type(screen.getByRole('textbox', { name: 'Anything just for yourself?' }), '   ');

    await user.click(screen.getByRole('button', { name: 'Save answers' }));
    await waitFor(() => expect(locationOf(router)).toBe('/my/check-ins'));
    expect(await screen.findByText('Thank you. Your answers are saved.')).toBeInTheDocument();
    const call = api.callsTo('PUT /api/my/check-ins/:id')[0];
    expect(call?.params.id).toBe('rcp-1');
    expect(call?.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(call?.body).toEqual({
      answers: {
        midpoint_going: 4,
        final_recommend: 9,
        midpoint_frequency: 'About right',
        kickoff_topics: ['Inclusion and belonging', 'Digital tools and new technology'],
        one_word: { text: 'Curious', shareWithHr: false },
        midpoint_learned: { text: 'How the board decides.', shareWithHr: true },
      },
    });
  });

  it('asks for the required answers before sending', async () => {
    const api = participantApi();
    const { user } = renderApp('/my/check-ins/rcp-1');
    await screen.findByRole('form', { name: 'Halfway check-in' });
    await user.click(screen.getByRole('radio', { name: '5 · Very well' }));
    await user.click(screen.getByRole('button', { name: 'Save answers' }));
    expect(within(question('final_recommend')).getByText('Please answer this question.')).toBeInTheDocument();
    expect(
      within(question('midpoint_going')).queryByText('Please answer this question.'),
    ).not.toBeInTheDocument();
    expect(api.callsTo('PUT /api/my/check-ins/:id')).toHaveLength(0);
  });

  it('shows the server’s refusals next to the questions they belong to', async () => {
    participantApi({
      'PUT /api/my/check-ins/:id': apiError(422, 'validation', 'Some answers need another look.', [
        {
          code: 'invalid_value',
          path: ['answers', 'midpoint_frequency'],
          message: 'Pick one of the choices.',
        },
        { code: 'too_big', path: ['answers', 'one_word', 'text'], message: 'Keep it under 200 characters.' },
      ]),
    });
    const { user, router } = renderApp('/my/check-ins/rcp-1');
    await screen.findByRole('form', { name: 'Halfway check-in' });
    await user.click(within(going()).getByRole('radio', { name: '3' }));
    await user.click(within(recommend()).getByRole('radio', { name: '7' }));
    await user.click(screen.getByRole('radio', { name: 'Too often' }));
    await user.type(screen.getByRole('textbox', { name: 'Your partner in one word?' }), 'Patient');
    await user.click(screen.getByRole('button', { name: 'Save answers' }));

    expect(
      await within(question('midpoint_frequency')).findByText('Pick one of the choices.'),
    ).toBeInTheDocument();
    expect(within(question('one_word')).getByText('Keep it under 200 characters.')).toBeInTheDocument();
    expect(within(question('midpoint_going')).queryByText(/Pick|Keep/)).not.toBeInTheDocument();
    expect(screen.getByRole('alert', { name: 'Your answers were not saved' })).toHaveTextContent(
      'see the notes under the questions',
    );
    expect(screen.getByRole('textbox', { name: 'Your partner in one word?' })).toHaveValue('Patient');
    expect(locationOf(router)).toBe('/my/check-ins/rcp-1');
  });

  it('says so when the check-in closed while the person was answering', async () => {
    participantApi({
      'PUT /api/my/check-ins/:id': apiError(409, 'survey_closed', 'This check-in has closed.'),
    });
    const { user } = renderApp('/my/check-ins/rcp-1');
    await screen.findByRole('form', { name: 'Halfway check-in' });
    await user.click(within(going()).getByRole('radio', { name: '3' }));
    await user.click(within(recommend()).getByRole('radio', { name: '8' }));
    await user.click(screen.getByRole('button', { name: 'Save answers' }));
    expect(await screen.findByRole('alert', { name: 'Your answers were not saved' })).toHaveTextContent(
      'This check-in has closed.',
    );
  });

  it('opens earlier answers to change them, consent included', async () => {
    const api = participantApi({
      'GET /api/my/check-ins/:id': {
        body: detail({
          checkIn: aMyCheckIn({ answeredAt: '2026-12-02T10:00:00.000Z' }),
          answers: {
            midpoint_going: 2,
            final_recommend: 6,
            kickoff_topics: ['Inclusion and belonging'],
            midpoint_learned: { text: 'Patience.', shareWithHr: true },
          },
        }),
      },
    });
    const { user } = renderApp('/my/check-ins/rcp-1');
    await screen.findByRole('form', { name: 'Halfway check-in' });
    expect(
      screen.getByText(/You answered on 2 Dec 2026. You can change your answers until 15 Dec 2026./),
    ).toBeInTheDocument();
    expect(within(going()).getByRole('radio', { name: '2' })).toBeChecked();
    expect(within(recommend()).getByRole('radio', { name: '6' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Inclusion and belonging' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: /What have you learned/ })).toHaveValue('Patience.');
    const consent = within(question('midpoint_learned')).getByRole('checkbox');
    expect(consent).toBeChecked();
    await user.click(consent);
    await user.click(screen.getByRole('checkbox', { name: 'Inclusion and belonging' }));
    await user.click(screen.getByRole('button', { name: 'Save answers' }));
    await waitFor(() => expect(api.callsTo('PUT /api/my/check-ins/:id')).toHaveLength(1));
    expect(api.callsTo('PUT /api/my/check-ins/:id')[0]?.body).toEqual({
      answers: {
        midpoint_going: 2,
        final_recommend: 6,
        midpoint_learned: { text: 'Patience.', shareWithHr: false },
      },
    });
  });

  it('shows a closed check-in read-only, with the answers given and a note', async () => {
    participantApi({
      'GET /api/my/check-ins/:id': {
        body: detail({
          checkIn: aMyCheckIn({ status: 'closed', answeredAt: '2026-12-02T10:00:00.000Z' }),
          answers: { midpoint_going: 4, one_word: { text: 'Kind', shareWithHr: false } },
        }),
      },
    });
    renderApp('/my/check-ins/rcp-1');
    expect(await screen.findByText('This check-in is closed')).toBeInTheDocument();
    expect(screen.getByText(/can no longer be changed/)).toBeInTheDocument();
    expect(within(going()).getByRole('radio', { name: '4' })).toBeChecked();
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    for (const box of screen.getAllByRole('checkbox')) expect(box).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Your partner in one word?' })).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Save answers' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to check-ins' })).toHaveAttribute('href', '/my/check-ins');
  });

  it('says what happened when the check-in is not the person’s own', async () => {
    participantApi({
      'GET /api/my/check-ins/:id': apiError(404, 'not_found', 'We could not find that check-in.'),
    });
    renderApp('/my/check-ins/rcp-9');
    expect(await screen.findByText('We could not find that check-in.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to your check-ins' })).toBeInTheDocument();
  });

  it('asks separately to quote an answer to a quotable question, which needs HR’s reading too', async () => {
    const testimonial = from('final', 'final_testimonial');
    const api = participantApi({
      'GET /api/my/check-ins/:id': { body: detail({ questions: [testimonial] }) },
    });
    const { user } = renderApp('/my/check-ins/rcp-1');
    await user.type(
      await screen.findByRole('textbox', { name: /what would you tell a colleague/ }),
      'Go for it.',
    );
    const field = question('final_testimonial');
    const hrBox = within(field).getByRole('checkbox', { name: /HR may read this answer/ });
    const quoteBox = within(field).getByRole('checkbox', {
      name: /You may quote this in the program's impact report, without my name\./,
    });
    expect(quoteBox).not.toBeChecked();
    await user.click(quoteBox);
    expect(quoteBox).toBeChecked();
    expect(hrBox).toBeChecked();
    // Taking back HR's reading takes back the quote.
    await user.click(hrBox);
    expect(quoteBox).not.toBeChecked();
    await user.click(quoteBox);
    await user.click(screen.getByRole('button', { name: 'Save answers' }));
    await waitFor(() => expect(api.callsTo('PUT /api/my/check-ins/:id')).toHaveLength(1));
    expect(api.callsTo('PUT /api/my/check-ins/:id')[0]?.body).toEqual({
      answers: { final_testimonial: { text: 'Go for it.', shareWithHr: true, mayQuote: true } },
    });
    // Exactly two boxes: HR's reading and the quote.
    expect(within(field).getAllByRole('checkbox')).toHaveLength(2);
  });
});
