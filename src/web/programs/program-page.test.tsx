import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { apiError, mockApi, type MockRoutes } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';
import { aProgram } from './program-builders';
import type { Program } from './program-types';

function programApi(program: Program, extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: program },
    'GET /api/programs': { body: { items: [] } },
    ...extra,
  });
}

describe('a program overview', () => {
  it('shows the phase, one button per next phase, and the history', async () => {
    programApi(aProgram());
    renderApp('/programs/prg-1');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Reverse Mentoring 2026' }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('phase-step-recruiting')).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('button', { name: 'Back to draft' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start matching' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Launch the program' })).not.toBeInTheDocument();
    expect(screen.getByText('“Announced at the town hall”')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('asks before moving, and shows why the server refused', async () => {
    const api = programApi(aProgram(), {
      'POST /api/programs/:id/transitions': apiError(
        409,
        'conflict',
        'Matching needs approved participants on both sides (now 0 mentors and 0 mentees).',
      ),
    });
    const { user } = renderApp('/programs/prg-1');
    await user.click(await screen.findByRole('button', { name: 'Start matching' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start matching?' });
    expect(api.callsTo('POST /api/programs/:id/transitions')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Start matching' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Matching needs approved participants on both sides (now 0 mentors and 0 mentees).',
    );
    expect(api.callsTo('POST /api/programs/:id/transitions')[0]?.body).toEqual({ to: 'matching' });
  });

  it('requires a reason once the server refuses to close early, then sends it', async () => {
    const midpoint = aProgram({ phase: 'midpoint', nextPhases: ['active', 'closing'], answersOpen: false });
    let attempts = 0;
    const api = programApi(midpoint, {
      'POST /api/programs/:id/transitions': (request) => {
        attempts += 1;
        const { reason } = request.body as { reason?: string };
        return reason
          ? { body: { ...midpoint, phase: 'closing', nextPhases: ['closed'] } }
          : apiError(409, 'conflict', 'The program ends on 2027-03-01. To close it early, give a reason.');
      },
    });
    const { user } = renderApp('/programs/prg-1');
    await user.click(await screen.findByRole('button', { name: 'Start closing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start closing?' });
    await user.click(within(dialog).getByRole('button', { name: 'Start closing' }));
    expect(await within(dialog).findByText(/To close it early, give a reason/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Start closing' }));
    expect(await within(dialog).findByText('Give a reason for closing early.')).toBeInTheDocument();
    expect(attempts).toBe(1);
    await user.type(within(dialog).getByLabelText(/Why close early/), 'Budget moved to next year');
    await user.click(within(dialog).getByRole('button', { name: 'Start closing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST /api/programs/:id/transitions')[1]?.body).toEqual({
      to: 'closing',
      reason: 'Budget moved to next year',
    });
    expect(await screen.findByRole('button', { name: 'Close the program' })).toBeInTheDocument();
  });

  it('clones into the next cohort and opens the new program', async () => {
    const api = programApi(aProgram(), {
      'POST /api/programs/:id/clone': { status: 201, body: aProgram({ id: 'prg-2', name: 'Cohort 2' }) },
    });
    const { user, router } = renderApp('/programs/prg-1');
    await user.click(await screen.findByRole('button', { name: 'Clone into next cohort' }));
    const dialog = await screen.findByRole('dialog', { name: 'Clone into the next cohort' });
    const name = within(dialog).getByLabelText(/^Name/);
    await user.clear(name);
    await user.type(name, 'Cohort 2');
    await user.click(within(dialog).getByRole('button', { name: 'Create the next cohort' }));
    await waitFor(() => expect(locationOf(router)).toBe('/programs/prg-2'));
    expect(api.callsTo('POST /api/programs/:id/clone')[0]?.body).toMatchObject({ name: 'Cohort 2' });
  });

  it('deletes a draft only after confirming', async () => {
    const api = programApi(aProgram({ phase: 'draft', nextPhases: ['recruiting'] }), {
      'DELETE /api/programs/:id': { status: 204 },
    });
    const { user, router } = renderApp('/programs/prg-1');
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this draft?' });
    expect(api.callsTo('DELETE /api/programs/:id')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Delete the draft' }));
    await waitFor(() => expect(locationOf(router)).toBe('/programs'));
    expect(api.callsTo('DELETE /api/programs/:id')).toHaveLength(1);
  });

  it('shows an org admin the program without the buttons that change it', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/programs/:id': { body: aProgram() },
    });
    renderApp('/programs/prg-1');
    await screen.findByRole('heading', { level: 1, name: 'Reverse Mentoring 2026' });
    expect(screen.queryByRole('button', { name: 'Start matching' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Participants' })).not.toBeInTheDocument();
  });
});
