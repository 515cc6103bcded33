import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anApplication, aQuestion } from '../../programs/program-builders';
import { aMe } from '../../testing/builders';
import { apiError, mockApi, type MockRoutes } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import type { Application } from '../enrollment-types';

const skills = aQuestion({
  id: 'skills',
  kind: 'skills',
  label: 'What can you teach, and what do you want to learn?',
  required: true,
});
const mode = aQuestion({
  id: 'meeting_mode',
  kind: 'meeting_mode',
  label: 'How would you like to meet?',
  required: true,
});
const agree = aQuestion({
  id: 'ground_rules',
  kind: 'yes_no',
  label: 'I agree to the ground rules.',
  required: true,
});
const gender = aQuestion({
  id: 'gender',
  kind: 'single_choice',
  label: 'How do you describe your gender?',
  sensitive: true,
  options: ['Woman', 'Man', 'Prefer not to say'],
});

function applicationApi(application: Application, extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(['participant']) },
    'GET /api/my/programs/:id/application': { body: application },
    'GET /api/my/programs': { body: { items: [] } },
    'GET /api/skills': (request) => ({
      body: {
        items: [
          { id: 's1', name: 'Blockchain' },
          { id: 's2', name: 'Capital allocation' },
        ].filter((s) => s.name.toLowerCase().includes((request.query.get('q') ?? '').toLowerCase())),
      },
    }),
    ...extra,
  });
}

describe('my application', () => {
  it('shows only the questions the API sends, sensitive ones apart with their consent', async () => {
    applicationApi(anApplication({ questions: [mode, gender] }));
    renderApp('/my/programs/prg-1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reverse Mentoring 2026' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('question-meeting_mode')).toBeInTheDocument();
    expect(screen.queryByTestId('question-goals')).not.toBeInTheDocument();
    const sensitive = screen.getByRole('region', { name: 'About you (optional)' });
    expect(within(sensitive).getByTestId('question-gender')).toBeInTheDocument();
    expect(
      within(sensitive).getByRole('checkbox', { name: /Use my answers in this section for matching/ }),
    ).not.toBeChecked();
    expect(screen.getByRole('region', { name: 'Ground rules' })).toHaveTextContent('Confidentiality');
  });

  it('submits skills with levels, the meeting mode, agreement and consent', async () => {
    const api = applicationApi(anApplication({ questions: [skills, mode, agree, gender] }), {
      'PUT /api/my/programs/:id/application': { body: anApplication({ status: 'applied' }) },
    });
    const { user } = renderApp('/my/programs/prg-1');
    const [teach, learn] = await screen.findAllByPlaceholderText('Search or type a new skill');
    await user.type(teach!, 'Block');
    await user.click(await screen.findByRole('option', { name: 'Blockchain' }));
    await user.type(learn!, 'Public speaking{Enter}');
    await user.click(screen.getByRole('radio', { name: 'Video call' }));
    await user.click(screen.getByRole('checkbox', { name: 'I agree to the ground rules.' }));
    await user.click(screen.getByRole('radio', { name: 'Woman' }));
    await user.click(screen.getByRole('checkbox', { name: /Use my answers in this section for matching/ }));
    await user.click(screen.getByRole('button', { name: 'Submit my application' }));
    await waitFor(() => expect(api.callsTo('PUT /api/my/programs/:id/application')).toHaveLength(1));
    expect(api.callsTo('PUT /api/my/programs/:id/application')[0]?.body).toEqual({
      answers: {
        skills: {
          canTeach: [{ skill: 'Blockchain', level: 3 }],
          wantToLearn: [{ skill: 'Public speaking', level: 3 }],
        },
        meeting_mode: 'video',
        ground_rules: true,
        gender: 'Woman',
      },
      matchingConsent: true,
      submit: true,
    });
  });

  it("puts the server's errors at their questions", async () => {
    applicationApi(anApplication({ questions: [mode, agree] }), {
      'PUT /api/my/programs/:id/application': apiError(400, 'validation', 'Some details need another look.', [
        { code: 'required', path: ['meeting_mode'], message: 'Please answer this question.' },
      ]),
    });
    const { user } = renderApp('/my/programs/prg-1');
    await user.click(await screen.findByRole('button', { name: 'Submit my application' }));
    const question = screen.getByTestId('question-meeting_mode');
    expect(await within(question).findByText('Please answer this question.')).toBeInTheDocument();
    expect(
      within(screen.getByTestId('question-ground_rules')).queryByText('Please answer this question.'),
    ).toBeNull();
  });

  it('saves a draft, and sends the side when volunteering', async () => {
    const api = applicationApi(anApplication({ status: null, side: 'mentee', questions: [mode] }), {
      'PUT /api/my/programs/:id/application': { body: anApplication({ status: 'applied', side: 'mentee' }) },
    });
    const { user } = renderApp('/my/programs/prg-1');
    await user.click(await screen.findByRole('button', { name: 'Save draft' }));
    await waitFor(() =>
      expect(api.callsTo('PUT /api/my/programs/:id/application')[0]?.body).toEqual({
        side: 'mentee',
        answers: {},
        matchingConsent: false,
        submit: false,
      }),
    );
  });

  it('is read-only with a notice once answers are closed', async () => {
    applicationApi(
      anApplication({
        status: 'approved',
        answersOpen: false,
        questions: [mode],
        answers: { meeting_mode: 'video' },
      }),
    );
    renderApp('/my/programs/prg-1');
    expect(await screen.findByText('Answers are closed')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Video call' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Video call' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Submit|Update/ })).not.toBeInTheDocument();
  });

  it('withdraws only after confirming', async () => {
    const api = applicationApi(anApplication({ status: 'applied', questions: [mode] }), {
      'POST /api/my/programs/:id/withdraw': { body: { status: 'withdrawn' } },
    });
    const { user } = renderApp('/my/programs/prg-1');
    await user.click(await screen.findByRole('button', { name: 'Withdraw' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw from this program?' });
    expect(api.callsTo('POST /api/my/programs/:id/withdraw')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
    await waitFor(() => expect(api.callsTo('POST /api/my/programs/:id/withdraw')).toHaveLength(1));
  });

  it('still lets consent be withdrawn once answers are closed, after confirming', async () => {
    const closed = anApplication({
      status: 'approved',
      answersOpen: false,
      matchingConsent: true,
      questions: [mode, gender],
      answers: { meeting_mode: 'video', gender: 'Woman' },
    });
    const api = applicationApi(closed, {
      'PUT /api/my/programs/:id/application': { body: { ...closed, matchingConsent: false } },
    });
    const { user } = renderApp('/my/programs/prg-1');
    await user.click(
      await screen.findByRole('button', { name: 'Stop using my background answers in matching' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Stop using your background answers?' });
    expect(api.callsTo('PUT /api/my/programs/:id/application')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Stop using them' }));
    await waitFor(() => expect(api.callsTo('PUT /api/my/programs/:id/application')).toHaveLength(1));
    expect(api.callsTo('PUT /api/my/programs/:id/application')[0]?.body).toEqual({
      answers: { meeting_mode: 'video', gender: 'Woman' },
      matchingConsent: false,
      submit: false,
    });
    await waitFor(() =>
      expect(
        screen.queryByRole('button', { name: 'Stop using my background answers in matching' }),
      ).not.toBeInTheDocument(),
    );
  });
});
