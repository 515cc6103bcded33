import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aMeeting, anAgreedAgreement, anAgreement, aSchedule, aWorkspace } from './workspace-builders';
import type { Agreement, AgreementInput } from './workspace-types';

function workspaceApi(agreement: () => Agreement, extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(['participant']) },
    'GET /api/my/pairs/:pairId/workspace': () => ({ body: aWorkspace({ agreement: agreement() }) }),
    'GET /api/my/pairs/:pairId/meetings': { body: { items: [] } },
    'GET /api/my/calendar-feed': { body: { url: null, createdAt: null } },
    ...extra,
  });
}

async function openAgreement(path = '/my/pairs/pair-1') {
  const view = renderApp(path);
  expect(
    await screen.findByRole('heading', { level: 1, name: 'Your mentoring with Grace Hopper' }),
  ).toBeInTheDocument();
  return view;
}

describe('the kickoff agreement while it is worked out', { timeout: 20_000 }, () => {
  it('saves the edits with the version it started from', async () => {
    let current = anAgreement();
    const api = workspaceApi(() => current, {
      'PUT /api/my/pairs/:pairId/agreement': (request) => {
        const input = request.body as AgreementInput;
        current = anAgreement({ ...input, version: input.version + 1 });
        return { body: current };
      },
    });
    const { user } = await openAgreement();
    expect(screen.getByText(/Neither of you has accepted yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add a ground rule' }));
    await user.click(screen.getByRole('textbox', { name: 'Ground rule 3' }));
    await user.paste('Cameras on');
    await user.click(screen.getByRole('button', { name: 'Remove ground rule 2' }));
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '11:30' } });
    await user.click(screen.getByRole('radio', { name: 'In person' }));
    await user.click(screen.getByRole('textbox', { name: /^Place/ }));
    await user.paste('Room 4.12');
    const graceWants = screen.getByRole('group', { name: 'What Grace wants to learn from you' });
    await user.click(within(graceWants).getByRole('button', { name: 'Add an objective' }));
    await user.click(within(graceWants).getByRole('textbox', { name: 'Objective 2' }));
    await user.paste('Read our data dashboards');

    expect(screen.getByRole('button', { name: 'Accept the agreement' })).toBeDisabled();
    expect(screen.getByText('Save your changes first: you accept the saved version.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(api.callsTo('PUT /api/my/pairs/:pairId/agreement')).toHaveLength(1));
    const put = api.callsTo('PUT /api/my/pairs/:pairId/agreement')[0];
    expect(put?.params.pairId).toBe('pair-1');
    expect(put?.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(put?.body).toEqual({
      version: 3,
      groundRules: ['What we say stays between us', 'Cameras on'],
      schedule: aSchedule({ time: '11:30', mode: 'in_person', place: 'Room 4.12', videoUrl: '' }),
      mentorObjectives: ['How the board decides on capital'],
      menteeObjectives: ['Use AI assistants with confidence', 'Read our data dashboards'],
    });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Accept the agreement' })).toBeEnabled());
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });

  it('accepts the saved version and then waits for the partner', async () => {
    let current = anAgreement();
    const api = workspaceApi(() => current, {
      'POST /api/my/pairs/:pairId/agreement/accept': () => {
        current = { ...current, mentorAcceptedAt: '2026-09-23T10:00:00.000Z', status: 'waiting_for_partner' };
        return { body: current };
      },
    });
    const { user } = await openAgreement();
    expect(screen.getByText(/each of you gets a calendar invitation by email/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Accept the agreement' }));
    await waitFor(() => expect(api.callsTo('POST /api/my/pairs/:pairId/agreement/accept')).toHaveLength(1));
    expect(api.callsTo('POST /api/my/pairs/:pairId/agreement/accept')[0]?.body).toEqual({ version: 3 });
    expect(await screen.findByText(/Waiting for Grace to accept/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept the agreement' })).not.toBeInTheDocument();
  });

  it('says when the partner has accepted already', async () => {
    workspaceApi(() => anAgreement({ menteeAcceptedAt: '2026-09-22T08:00:00.000Z' }));
    await openAgreement();
    expect(await screen.findByText(/Grace accepted this version on 22 Sept? 2026/)).toBeInTheDocument();
  });

  it('on a conflict, says the partner changed it and shows the latest version', async () => {
    let reads = 0;
    const api = workspaceApi(
      () => {
        reads += 1;
        return reads === 1 ? anAgreement() : anAgreement({ version: 4, groundRules: ['Phones away'] });
      },
      {
        'PUT /api/my/pairs/:pairId/agreement': apiError(
          409,
          'conflict',
          'Your partner changed the agreement while you were editing it.',
        ),
      },
    );
    const { user } = await openAgreement();
    await user.click(screen.getByRole('button', { name: 'Add a ground rule' }));
    await user.click(screen.getByRole('textbox', { name: 'Ground rule 3' }));
    await user.paste('Cameras on');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your partner changed the agreement while you were editing it.');
    expect(alert).toHaveTextContent('The latest version is shown above.');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Ground rule 1' })).toHaveValue('Phones away'),
    );
    expect(screen.queryByRole('textbox', { name: 'Ground rule 3' })).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/my/pairs/:pairId/workspace')).toHaveLength(2);
  });

  it('shows the server’s refusal of a field under that field', async () => {
    workspaceApi(() => anAgreement(), {
      'PUT /api/my/pairs/:pairId/agreement': apiError(400, 'validation', 'Some details need another look.', [
        { code: 'invalid', path: ['schedule', 'time'], message: 'Use a time like 09:30.' },
      ]),
    });
    const { user } = await openAgreement();
    fireEvent.change(screen.getByLabelText('Time'), { target: { value: '07:00' } });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const time = screen.getByLabelText('Time');
    await waitFor(() => expect(time).toHaveAttribute('aria-invalid', 'true'));
    expect(time).toHaveAccessibleDescription(/Use a time like 09:30\./);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Some details need another look; they are marked in red',
    );
  });
});

describe('the agreed agreement', { timeout: 20_000 }, () => {
  it('reads as a summary, with the schedule in words and both sides’ objectives', async () => {
    workspaceApi(() => anAgreedAgreement());
    await openAgreement('/my/pairs/pair-1?tab=agreement');
    const summary = await screen.findByTestId('agreement-summary');
    expect(summary).toHaveTextContent('You both accepted this agreement on 22 Sept');
    expect(within(summary).getByTestId('schedule-summary')).toHaveTextContent(
      'Every 2 weeks on Tuesday at 10:00 (Europe/London), 60 minutes, by video.',
    );
    expect(within(summary).getByRole('list', { name: 'Ground rules' })).toHaveTextContent(
      'What we say stays between us',
    );
    expect(
      within(summary).getByRole('list', { name: 'What you want to learn from Grace' }),
    ).toHaveTextContent('How the board decides on capital');
    expect(
      within(summary).getByRole('list', { name: 'What Grace wants to learn from you' }),
    ).toHaveTextContent('Use AI assistants with confidence');
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('changes the schedule from a date, saying that earlier meetings stay', async () => {
    const api = workspaceApi(() => anAgreedAgreement(), {
      'POST /api/my/pairs/:pairId/cadence': { body: { items: [aMeeting()] } },
    });
    const { user } = await openAgreement('/my/pairs/pair-1?tab=agreement');
    await user.click(await screen.findByRole('button', { name: 'Change the schedule from a date…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the schedule from a date' });
    expect(dialog).toHaveTextContent('Meetings before this date stay exactly as they are');
    fireEvent.change(within(dialog).getByLabelText('New schedule from'), { target: { value: '2026-11-03' } });
    await user.click(within(dialog).getByRole('combobox', { name: 'Day of the week' }));
    await user.click(await screen.findByRole('option', { name: 'Thursday' }));
    await user.click(within(dialog).getByRole('button', { name: 'Change the schedule' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST /api/my/pairs/:pairId/cadence')[0]?.body).toEqual({
      fromDate: '2026-11-03',
      schedule: aSchedule({ weekday: 4, startsOn: '2026-11-03' }),
    });
  });
});
