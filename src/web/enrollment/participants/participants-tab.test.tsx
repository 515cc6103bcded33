import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aProgram, anEnrollment, noCounts } from '../../programs/program-builders';
import { aMe, aPerson } from '../../testing/builders';
import { mockApi, type MockRoutes } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const lena = anEnrollment();
const omar = anEnrollment({
  id: 'enr-2',
  side: 'mentee',
  person: { id: 'per-21', name: 'Omar Haddad', title: 'VP Marketing', department: 'Marketing', level: 8 },
  nominatedBy: null,
});
const nominated = anEnrollment({
  id: 'enr-3',
  status: 'nominated',
  person: { id: 'per-22', name: 'Ife Adeyemi', title: 'Analyst', department: 'Finance', level: 1 },
  nominatedBy: 'Kim Lee',
  nominationNote: 'Runs our crypto reading group.',
  submittedAt: null,
});

function participantsApi(extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/programs/:id': { body: aProgram() },
    'GET /api/programs/:id/enrollments/summary': {
      body: {
        bySide: {
          mentor: { ...noCounts.mentor, applied: 1, nominated: 1 },
          mentee: { ...noCounts.mentee, applied: 1 },
        },
        byDepartment: [
          { department: 'Engineering', mentor: 1, mentee: 0 },
          { department: 'Marketing', mentor: 0, mentee: 1 },
        ],
        byLevel: [
          { level: 2, mentor: 1, mentee: 0 },
          { level: 8, mentor: 0, mentee: 1 },
        ],
      },
    },
    'GET /api/programs/:id/enrollments': { body: { items: [lena, omar, nominated] } },
    ...extra,
  });
}

describe('the participants tab', { timeout: 15_000 }, () => {
  it('shows counts by status, department and level, and nomination notes', async () => {
    participantsApi();
    renderApp('/programs/prg-1/participants');
    const summary = await screen.findByTestId('enrollment-summary');
    expect(
      within(summary).getByRole('table', { name: 'Applied and approved per department' }),
    ).toHaveTextContent('Marketing');
    expect(within(summary).getByRole('table', { name: 'Applied and approved per level' })).toHaveTextContent(
      'Level 8',
    );
    expect(await screen.findByTestId('enrollment-enr-3')).toHaveTextContent(
      'Nominated by Kim Lee: “Runs our crypto reading group.”',
    );
  });

  it('approves the selected applications in one request', async () => {
    const api = participantsApi({
      'POST /api/programs/:id/enrollments/decisions': { body: { updated: 2 } },
    });
    const { user } = renderApp('/programs/prg-1/participants');
    await user.click(await screen.findByRole('checkbox', { name: 'Select Lena Park' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Omar Haddad' }));
    const bar = screen.getByRole('region', { name: 'Decide on the selected' });
    expect(bar).toHaveTextContent('2 selected');
    await user.click(within(bar).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(api.callsTo('POST /api/programs/:id/enrollments/decisions')).toHaveLength(1));
    expect(api.callsTo('POST /api/programs/:id/enrollments/decisions')[0]?.body).toEqual({
      enrollmentIds: ['enr-1', 'enr-2'],
      decision: 'approve',
    });
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Decide on the selected' })).not.toBeInTheDocument(),
    );
  });

  it('asks before declining', async () => {
    const api = participantsApi({
      'POST /api/programs/:id/enrollments/decisions': { body: { updated: 1 } },
    });
    const { user } = renderApp('/programs/prg-1/participants');
    await user.click(await screen.findByRole('checkbox', { name: 'Select Omar Haddad' }));
    await user.click(screen.getByRole('button', { name: 'Decline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Decline 1 application?' });
    expect(api.callsTo('POST /api/programs/:id/enrollments/decisions')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Decline' }));
    await waitFor(() =>
      expect(api.callsTo('POST /api/programs/:id/enrollments/decisions')[0]?.body).toEqual({
        enrollmentIds: ['enr-2'],
        decision: 'decline',
      }),
    );
  });

  it('shows readable answers in the drawer, and never the sensitive ones', async () => {
    participantsApi({
      'GET /api/programs/:id/enrollments/:enrollmentId': {
        body: {
          ...lena,
          answers: {
            skills: {
              canTeach: [{ skill: 'Blockchain', level: 4 }],
              wantToLearn: [{ skill: 'Capital allocation', level: 1 }],
            },
            availability: [{ day: 'tue', from: '09:00', to: '10:00' }],
            meeting_mode: 'video',
            // A server mistake must still not reach the screen.
            gender: 'Woman',
          },
          sensitive: { answered: 2, matchingConsent: true },
        },
      },
    });
    const { user } = renderApp('/programs/prg-1/participants');
    await user.click(await screen.findByRole('button', { name: 'Lena Park' }));
    const drawer = await screen.findByRole('dialog', { name: 'Lena Park' });
    expect(await within(drawer).findByText('Blockchain · level 4')).toBeInTheDocument();
    expect(within(drawer).getByText('Tuesday 09:00–10:00')).toBeInTheDocument();
    expect(within(drawer).getByText('Video call')).toBeInTheDocument();
    expect(within(drawer).getByTestId('sensitive-summary')).toHaveTextContent(
      '2 sensitive answers, used in matching with consent: yes',
    );
    expect(drawer).not.toHaveTextContent('Woman');
    expect(within(drawer).queryByText('How do you describe your gender?')).not.toBeInTheDocument();
  });

  it('invites several people and lists who was skipped and why', async () => {
    const api = participantsApi({
      'GET /api/directory': {
        body: {
          items: [aPerson({ id: 'per-30', name: 'Sam Okafor', title: 'Designer' }), aPerson()],
          total: 2,
        },
      },
      'POST /api/programs/:id/invitations': {
        status: 201,
        body: { invited: 1, skipped: [{ personId: 'per-2', reason: 'Already in this program.' }] },
      },
    });
    const { user } = renderApp('/programs/prg-1/participants');
    await user.click(await screen.findByRole('button', { name: 'Invite people' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite people' });
    await user.click(within(dialog).getByPlaceholderText('Search by name, title or department'));
    await user.click(await screen.findByRole('option', { name: 'Sam Okafor · Designer' }));
    await user.click(await screen.findByRole('option', { name: 'Grace Hopper · Chief Financial Officer' }));
    await user.click(within(dialog).getByRole('radio', { name: 'Mentee (senior)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Invite 2 people' }));
    const result = await screen.findByRole('dialog', { name: 'Invitations sent' });
    expect(result).toHaveTextContent('1 person was invited');
    expect(result).toHaveTextContent('Grace Hopper: Already in this program.');
    expect(api.callsTo('POST /api/programs/:id/invitations')[0]?.body).toEqual({
      personIds: ['per-30', 'per-2'],
      side: 'mentee',
    });
  });
});
