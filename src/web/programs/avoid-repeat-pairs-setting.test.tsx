import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aProgram } from './program-builders';
import type { ProgramInput } from './program-types';

describe('the “Avoid repeat pairs” setting', () => {
  it('is on by default and saved off when HR switches it off', async () => {
    const program = aProgram({ phase: 'draft', nextPhases: ['recruiting'] });
    const api = mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/programs/:id': { body: program },
      'GET /api/programs/:id/measure-choices': { body: { items: [] } },
      'PUT /api/programs/:id': (request) => ({
        body: { ...program, settings: (request.body as ProgramInput).settings },
      }),
    });
    const { user } = renderApp('/programs/prg-1/edit');
    const toggle = await screen.findByRole('switch', { name: /^Avoid repeat pairs/ });
    expect(toggle).toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/already paired in an earlier cohort/);
    await user.click(toggle);
    expect(toggle).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.callsTo('PUT /api/programs/:id')).toHaveLength(1));
    const body = api.callsTo('PUT /api/programs/:id')[0]?.body as ProgramInput;
    expect(body.settings.avoidRepeatPairs).toBe(false);
    expect(body.settings.seniorityGap).toBe(program.settings.seniorityGap);
  });
});
