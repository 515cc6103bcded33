import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '#core/programs/program-defaults';
import { aMe } from '../testing/builders';
import { apiError, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aProgram } from './program-builders';

const LESSONS = 'Start matching a week earlier.\nPair sales with engineering more often.';
const withLessons = (lessonsLearned: string) => ({ ...defaultSettings('reverse'), lessonsLearned });

describe('lessons learned', () => {
  it('shows a cloned draft the lessons of the cohort it came from', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/programs/:id': {
        body: aProgram({
          phase: 'draft',
          nextPhases: ['recruiting'],
          clonedFrom: { id: 'prg-0', name: 'Reverse Mentoring 2025' },
          settings: withLessons(LESSONS),
        }),
      },
    });
    renderApp('/programs/prg-1');
    const region = await screen.findByRole('region', { name: 'Lessons from Reverse Mentoring 2025' });
    expect(within(region).getByText(/Start matching a week earlier/)).toHaveTextContent(
      LESSONS.replace('\n', ' '),
    );
    expect(within(region).getByText(/Carried over when this cohort was cloned/)).toBeInTheDocument();
  });

  it('lets HR write them on a closed program', async () => {
    const closed = aProgram({
      phase: 'closed',
      nextPhases: [],
      answersOpen: false,
      settings: withLessons(''),
    });
    const api = mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/programs/:id': { body: closed },
      'PUT /api/programs/:id/lessons-learned': (request) => ({
        body: { lessonsLearned: (request.body as { lessonsLearned: string }).lessonsLearned.trim() },
      }),
    });
    const { user } = renderApp('/programs/prg-1');
    const region = await screen.findByRole('region', { name: 'Lessons learned' });
    expect(within(region).getByText('No lessons written yet.')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Write lessons' }));
    await user.type(within(region).getByLabelText('Lessons learned'), 'Invite alumni early.');
    await user.click(within(region).getByRole('button', { name: 'Save lessons' }));
    expect(await within(region).findByText('Invite alumni early.')).toBeInTheDocument();
    expect(api.callsTo('PUT /api/programs/:id/lessons-learned')[0]?.body).toEqual({
      lessonsLearned: 'Invite alumni early.',
    });
    expect(within(region).getByRole('button', { name: 'Edit lessons' })).toBeInTheDocument();
  });

  it('shows the server’s reason under the field', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/programs/:id': {
        body: aProgram({ phase: 'closed', nextPhases: [], settings: withLessons('Old') }),
      },
      'PUT /api/programs/:id/lessons-learned': apiError(
        400,
        'validation',
        'Some details need another look.',
        [{ code: 'too_big', path: ['lessonsLearned'], message: 'Keep the lessons to 5,000 characters.' }],
      ),
    });
    const { user } = renderApp('/programs/prg-1');
    const region = await screen.findByRole('region', { name: 'Lessons learned' });
    await user.click(within(region).getByRole('button', { name: 'Edit lessons' }));
    expect(within(region).getByLabelText('Lessons learned')).toHaveValue('Old');
    await user.click(within(region).getByRole('button', { name: 'Save lessons' }));
    expect(await within(region).findByText('Keep the lessons to 5,000 characters.')).toBeInTheDocument();
  });

  it('lets an org admin read them without editing', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/programs/:id': {
        body: aProgram({ phase: 'closed', nextPhases: [], settings: withLessons(LESSONS) }),
      },
    });
    renderApp('/programs/prg-1');
    const region = await screen.findByRole('region', { name: 'Lessons learned' });
    expect(within(region).getByText(/Pair sales with engineering/)).toBeInTheDocument();
    expect(within(region).queryByRole('button')).not.toBeInTheDocument();
  });
});
