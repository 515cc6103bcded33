import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgram, aQuestion } from '../../programs/program-builders';
import type { Program } from '../../programs/program-types';
import { aMe } from '../../testing/builders';
import { apiError, mockApi, type MockRoutes } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const goals = aQuestion();
const role = aQuestion({ id: 'role', kind: 'short_text', label: 'Your role in one line', side: 'mentee' });

function builderApi(program: Program, extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: program },
    ...extra,
  });
}

async function addChoiceQuestion(user: ReturnType<typeof renderApp>['user'], choices: string[]) {
  await user.click(await screen.findByRole('button', { name: 'Add a question' }));
  const dialog = await screen.findByRole('dialog', { name: 'Add a question' });
  await user.type(within(dialog).getByLabelText(/^Question/), 'Which office are you in?');
  await user.click(within(dialog).getByRole('combobox', { name: 'Kind of answer' }));
  await user.click(await screen.findByRole('option', { name: 'One choice' }));
  for (const choice of choices) {
    await user.click(within(dialog).getByRole('button', { name: 'Add a choice' }));
    const inputs = within(dialog).getAllByRole('textbox', { name: /^Choice \d/ });
    await user.type(inputs[inputs.length - 1]!, choice);
  }
  return dialog;
}

describe('the intake form builder', { timeout: 15_000 }, () => {
  it('refuses a choice question with fewer than two choices before sending anything', async () => {
    const api = builderApi(aProgram({ intakeForm: [goals] }));
    const { user } = renderApp('/programs/prg-1/intake-form');
    const dialog = await addChoiceQuestion(user, ['Lisbon']);
    await user.click(within(dialog).getByRole('button', { name: 'Add the question' }));
    expect(await within(dialog).findByText('Give at least two choices.')).toBeInTheDocument();
    expect(api.callsTo('PUT /api/programs/:id/intake-form')).toHaveLength(0);
  });

  it('adds a choice question and saves the whole form', async () => {
    const api = builderApi(aProgram({ intakeForm: [goals] }), {
      'PUT /api/programs/:id/intake-form': (request) => ({
        body: aProgram({ intakeForm: (request.body as { questions: Program['intakeForm'] }).questions }),
      }),
    });
    const { user } = renderApp('/programs/prg-1/intake-form');
    const dialog = await addChoiceQuestion(user, ['Lisbon', 'Berlin']);
    await user.click(within(dialog).getByRole('button', { name: 'Add the question' }));
    expect(await screen.findByTestId('builder-question-which_office_are_you')).toHaveTextContent(
      'One choice',
    );
    await user.click(screen.getByRole('button', { name: 'Save the form' }));
    await waitFor(() => expect(api.callsTo('PUT /api/programs/:id/intake-form')).toHaveLength(1));
    const body = api.callsTo('PUT /api/programs/:id/intake-form')[0]?.body as {
      questions: Program['intakeForm'];
    };
    const questions = body.questions;
    expect(questions.map((q) => q.id)).toEqual(['goals', 'which_office_are_you']);
    expect(questions[1]).toMatchObject({ kind: 'single_choice', options: ['Lisbon', 'Berlin'] });
  });

  it("shows the server's issue when it refuses the form", async () => {
    builderApi(aProgram({ intakeForm: [goals, role] }), {
      'PUT /api/programs/:id/intake-form': apiError(400, 'validation', 'Some details need another look.', [
        { code: 'custom', path: ['questions', 1, 'id'], message: 'The id "role" is used twice.' },
      ]),
    });
    const { user } = renderApp('/programs/prg-1/intake-form');
    await user.click(await screen.findByRole('button', { name: 'Move “Your role in one line” up' }));
    await user.click(screen.getByRole('button', { name: 'Save the form' }));
    expect(await screen.findByText('The id "role" is used twice.')).toBeInTheDocument();
  });

  it('explains sensitive questions and makes them optional', async () => {
    builderApi(aProgram({ intakeForm: [goals] }));
    const { user } = renderApp('/programs/prg-1/intake-form');
    await user.click(await screen.findByRole('button', { name: 'Add a question' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add a question' });
    await user.click(within(dialog).getByRole('switch', { name: /^Required/ }));
    await user.click(within(dialog).getByRole('switch', { name: /^Sensitive/ }));
    expect(within(dialog).getByText(/never shown to other participants/)).toBeInTheDocument();
    expect(within(dialog).getByRole('switch', { name: /^Required/ })).not.toBeChecked();
    expect(within(dialog).getByRole('switch', { name: /^Required/ })).toBeDisabled();
  });

  it('asks before removing a question', async () => {
    builderApi(aProgram({ intakeForm: [goals, role] }));
    const { user } = renderApp('/programs/prg-1/intake-form');
    await user.click(await screen.findByRole('button', { name: 'Remove “Your role in one line”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove this question?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove the question' }));
    await waitFor(() => expect(screen.queryByTestId('builder-question-role')).not.toBeInTheDocument());
    expect(screen.getByText('You have unsaved changes.')).toBeInTheDocument();
  });

  it('previews the form as each side sees it', async () => {
    builderApi(aProgram({ intakeForm: [goals, role] }));
    const { user } = renderApp('/programs/prg-1/intake-form');
    await user.click(await screen.findByRole('radio', { name: 'Preview' }));
    const preview = await screen.findByTestId('form-preview');
    expect(within(preview).queryByTestId('question-role')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'As a mentee' }));
    expect(within(preview).getByTestId('question-role')).toBeInTheDocument();
  });

  it('is read-only once answers are closed', async () => {
    builderApi(aProgram({ phase: 'matching', answersOpen: false, intakeForm: [goals] }));
    renderApp('/programs/prg-1/intake-form');
    expect(await screen.findByText('Answers are closed')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add a question' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
  });
});
