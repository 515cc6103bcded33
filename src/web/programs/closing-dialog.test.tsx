import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aProgram } from './program-builders';
import type { Program } from './program-types';

function closingApi(program: Program) {
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: program },
    'GET /api/programs': { body: { items: [] } },
    'POST /api/programs/:id/transitions': { body: { ...program, phase: 'closed', nextPhases: [] } },
  });
}

describe('closing a program', () => {
  it('says what happens before HR confirms: pairs end, thank-you emails with certificates, a final report', async () => {
    const program = aProgram({
      phase: 'closing',
      nextPhases: ['closed'],
      startDate: '2025-03-02',
      endDate: '2025-09-02',
    });
    const api = closingApi(program);
    const { user } = renderApp('/programs/prg-1');
    await user.click(await screen.findByRole('button', { name: 'Close the program' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close the program?' });
    expect(dialog).toHaveTextContent('Every pair still meeting ends.');
    expect(dialog).toHaveTextContent(
      'Each participant who completed the program gets a thank-you email, once, with the meetings they held, a link to their certificate of participation',
    );
    expect(dialog).toHaveTextContent('The impact report becomes final. This cannot be undone.');
    expect(within(dialog).queryByText('This is before the end date')).not.toBeInTheDocument();
    expect(api.callsTo('POST /api/programs/:id/transitions')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Close the program' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST /api/programs/:id/transitions')[0]?.body).toEqual({ to: 'closed' });
  });

  it('warns that closing before the end date gives nobody a certificate', async () => {
    closingApi(aProgram({ phase: 'closing', nextPhases: ['closed'], endDate: '2999-03-01' }));
    const { user } = renderApp('/programs/prg-1');
    await user.click(await screen.findByRole('button', { name: 'Close the program' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close the program?' });
    const warning = within(dialog).getByRole('alert');
    expect(warning).toHaveTextContent('This is before the end date');
    expect(warning).toHaveTextContent('nobody counts as having completed it: no certificates');
  });
});
