import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { someDefaults } from './program-builders';
import type { ProgramDefaults } from './program-types';

describe('the program form and the server', { timeout: 60_000 }, () => {
  it('puts a refusal of a nested setting under that setting, not at the top of the form', async () => {
    const api = mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/programs/defaults': (request) =>
        ({ body: someDefaults({ startDate: request.query.get('startDate') ?? '' }) }) as {
          body: ProgramDefaults;
        },
      'POST /api/programs': {
        status: 400,
        body: {
          error: {
            code: 'validation',
            message: 'Some fields need attention.',
            issues: [
              {
                code: 'too_big',
                path: ['settings', 'cadence', 'everyWeeks'],
                message: 'At most every 8 weeks.',
              },
            ],
          },
        },
      },
    });
    renderApp('/programs/new');
    fireEvent.change(await screen.findByRole('textbox', { name: /^Name/ }), { target: { value: 'Cohort' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create program' }));
    await waitFor(() => expect(api.callsTo('POST /api/programs')).toHaveLength(1), { timeout: 15_000 });
    const cadence = await screen.findByRole('textbox', { name: /Pairs meet every/ });
    await waitFor(() => expect(cadence).toHaveAttribute('aria-invalid', 'true'));
    expect(cadence).toHaveAccessibleDescription(/At most every 8 weeks\./);
  });
});
