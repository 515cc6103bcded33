import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgram, noCounts } from '../../programs/program-builders';
import type { Program } from '../../programs/program-types';
import { aMe } from '../../testing/builders';
import { apiError, mockApi, type MockRoutes } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import type { AlumniPreview } from './use-alumni';

const cohort3 = aProgram({
  id: 'prg-3',
  name: 'Cohort 3',
  phase: 'draft',
  nextPhases: ['recruiting'],
  clonedFrom: { id: 'prg-2', name: 'Cohort 2' },
});
const earlierCohorts = [
  { id: 'prg-2', name: 'Cohort 2', phase: 'closed' },
  { id: 'prg-1', name: 'Cohort 1', phase: 'closed' },
];
const preview: AlumniPreview = {
  earlierCohorts,
  counts: { mentor: 2, mentee: 1 },
  people: [
    { personId: 'p1', name: 'Amara Osei', side: 'mentor', cohort: { id: 'prg-2', name: 'Cohort 2' } },
    { personId: 'p2', name: 'Jonas Berg', side: 'mentor', cohort: { id: 'prg-1', name: 'Cohort 1' } },
    { personId: 'p3', name: 'Helen Park', side: 'mentee', cohort: { id: 'prg-2', name: 'Cohort 2' } },
  ],
};
const none: AlumniPreview = { earlierCohorts, counts: { mentor: 0, mentee: 0 }, people: [] };

function alumniApi(program: Program, extra: MockRoutes) {
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: program },
    'GET /api/programs/:id/enrollments/summary': {
      body: { bySide: noCounts, byDepartment: [], byLevel: [] },
    },
    'GET /api/programs/:id/enrollments': { body: { items: [] } },
    ...extra,
  });
}

const panel = async () => screen.findByRole('region', { name: 'Invite alumni' });

describe('inviting alumni to the next cohort', () => {
  it('previews who can come back, asks first, then says who was invited', async () => {
    let invited = false;
    const api = alumniApi(cohort3, {
      'GET /api/programs/:id/alumni': () => ({ body: invited ? none : preview }),
      'POST /api/programs/:id/alumni/invitations': () => {
        invited = true;
        return { status: 201, body: { invited: 3, bySide: { mentor: 2, mentee: 1 }, skipped: [] } };
      },
    });
    const { user } = renderApp('/programs/prg-3/participants');
    const region = await panel();
    expect(
      await within(region).findByText(
        '3 people who completed Cohort 2 and Cohort 1 can be invited again: 2 mentors, 1 mentee. Each is invited on the side they took before.',
      ),
    ).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Show names' }));
    expect(await within(region).findByRole('list', { name: 'Mentors (junior)' })).toHaveTextContent(
      'Amara Osei (Cohort 2)Jonas Berg (Cohort 1)',
    );
    expect(await within(region).findByRole('list', { name: 'Mentees (senior)' })).toHaveTextContent(
      'Helen Park',
    );

    await user.click(within(region).getByRole('button', { name: 'Invite 3 alumni' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite 3 alumni?' });
    expect(api.callsTo('POST /api/programs/:id/alumni/invitations')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Send 3 invitations' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await within(region).findByRole('status')).toHaveTextContent(
      'Invited 3 alumni: 2 mentors, 1 mentee.',
    );
    expect(api.callsTo('POST /api/programs/:id/alumni/invitations')).toHaveLength(1);
    expect(api.callsTo('POST /api/programs/:id/alumni/invitations')[0]?.params.id).toBe('prg-3');
    // Afterwards the preview is asked again and has no one left to invite.
    expect(
      await within(region).findByText(/No alumni to invite. Everyone who completed Cohort 2 and Cohort 1/),
    ).toBeInTheDocument();
    expect(within(region).queryByRole('button', { name: /^Invite/ })).not.toBeInTheDocument();
  });

  it('keeps the dialog open with the reason when the server refuses', async () => {
    alumniApi(cohort3, {
      'GET /api/programs/:id/alumni': { body: preview },
      'POST /api/programs/:id/alumni/invitations': apiError(
        409,
        'conflict',
        'Invitations can be sent while a program is in Draft or Recruiting; this one is in Matching.',
      ),
    });
    const { user } = renderApp('/programs/prg-3/participants');
    await user.click(await within(await panel()).findByRole('button', { name: 'Invite 3 alumni' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite 3 alumni?' });
    await user.click(within(dialog).getByRole('button', { name: 'Send 3 invitations' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/this one is in Matching/);
  });

  it('says so when a program has no earlier cohort, without asking the server', async () => {
    const api = alumniApi(aProgram({ phase: 'draft', clonedFrom: null }), {});
    renderApp('/programs/prg-1/participants');
    expect(
      await within(await panel()).findByText(/No earlier cohort: this program was not cloned from another/),
    ).toBeInTheDocument();
    expect(api.callsTo('GET /api/programs/:id/alumni')).toHaveLength(0);
  });

  it('is not offered once invitations are closed', async () => {
    alumniApi({ ...cohort3, phase: 'matching' }, { 'GET /api/programs/:id/alumni': { body: preview } });
    renderApp('/programs/prg-3/participants');
    await screen.findByTestId('enrollment-summary');
    expect(screen.queryByRole('region', { name: 'Invite alumni' })).not.toBeInTheDocument();
  });
});
