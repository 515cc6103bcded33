import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aMe } from '../testing/builders';
import { type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aMeeting, anAgreedAgreement, anAgreement, aWorkspace } from './workspace-builders';
import type { Meeting, Workspace } from './workspace-types';

const kickoff = aMeeting({
  id: 'mtg-1',
  number: 1,
  isKickoff: true,
  status: 'held',
  startsAt: '2026-09-22T09:00:00.000Z',
  endsAt: '2026-09-22T10:00:00.000Z',
  topic: { title: 'Getting to know each other', guide: 'Share your hopes.', source: 'plan', planIndex: 0 },
  log: {
    loggedBy: 'Grace Hopper',
    loggedAt: '2026-09-22T11:00:00.000Z',
    sharedNotes: 'Good start.',
    taught: { mentor: ['Figma'], mentee: ['Negotiation'] },
  },
});
const unlogged = aMeeting({ id: 'mtg-2', number: 2 });
const cancelled = aMeeting({
  id: 'mtg-3',
  number: 0,
  status: 'cancelled',
  startsAt: '2026-10-20T09:00:00.000Z',
  endsAt: '2026-10-20T10:00:00.000Z',
});
const next = aMeeting({
  id: 'mtg-4',
  number: 3,
  startsAt: '2026-11-03T10:00:00.000Z',
  endsAt: '2026-11-03T11:00:00.000Z',
});
const meetings = [kickoff, unlogged, cancelled, next];

function meetingsApi(
  options: { workspace?: Partial<Workspace>; items?: Meeting[]; extra?: MockRoutes } = {},
) {
  return mockApi({
    'GET /api/me': { body: aMe(['participant']) },
    'GET /api/my/pairs/:pairId/workspace': {
      body: aWorkspace({ agreement: anAgreedAgreement(), ...options.workspace }),
    },
    'GET /api/my/pairs/:pairId/meetings': { body: { items: options.items ?? meetings } },
    'GET /api/my/calendar-feed': { body: { url: null, createdAt: null } },
    ...options.extra,
  });
}

async function openMeetings() {
  const view = renderApp('/my/pairs/pair-1');
  await screen.findByRole('heading', { level: 1, name: 'Your mentoring with Grace Hopper' });
  expect(screen.getByRole('tab', { name: 'Meetings' })).toHaveAttribute('aria-selected', 'true');
  await screen.findByTestId('meeting-mtg-4');
  return view;
}

const card = (id: string) => screen.getByTestId(`meeting-${id}`);

describe('the meetings of a pair', { timeout: 20_000 }, () => {
  beforeEach(() => {
    // Only the clock is fixed: 10 Oct 2026, so two meetings are past and two are to come.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-10-10T12:00:00.000Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('lists upcoming meetings first, then past ones, in my time zone and my partner’s', async () => {
    meetingsApi({ workspace: { me: { timeZone: 'America/New_York' } } });
    await openMeetings();
    const upcoming = screen.getByRole('region', { name: 'Upcoming' });
    const past = screen.getByRole('region', { name: 'Past' });
    expect(
      within(upcoming)
        .getAllByRole('article')
        .map((a) => a.dataset.testid),
    ).toEqual(['meeting-mtg-3', 'meeting-mtg-4']);
    expect(
      within(past)
        .getAllByRole('article')
        .map((a) => a.dataset.testid),
    ).toEqual(['meeting-mtg-2', 'meeting-mtg-1']);

    // 10:00 UTC on 3 Nov: 05:00 in New York (mine), 11:00 in Amsterdam (Grace), 10:00 in London (the schedule).
    expect(within(card('mtg-4')).getByTestId('meeting-time')).toHaveTextContent(
      'Tue 3 Nov 2026, 05:00–06:00 (your time, America/New_York)',
    );
    expect(card('mtg-4')).toHaveTextContent('Tue 3 Nov 2026, 11:00–12:00 for Grace (Europe/Amsterdam)');
    expect(card('mtg-4')).toHaveTextContent(
      'Tue 3 Nov 2026, 10:00–11:00 in the schedule’s time zone (Europe/London)',
    );
    expect(within(card('mtg-4')).getByText('Next')).toBeInTheDocument();
    expect(within(card('mtg-4')).getByRole('link', { name: 'Add to calendar' })).toHaveAttribute(
      'href',
      '/api/my/pairs/pair-1/meetings/mtg-4/calendar.ics',
    );
    expect(screen.getByRole('link', { name: 'Download all meetings (.ics)' })).toHaveAttribute(
      'href',
      '/api/my/pairs/pair-1/calendar.ics',
    );

    expect(card('mtg-3')).toHaveTextContent('Cancelled meeting');
    expect(within(card('mtg-3')).getByText('Cancelled')).toBeInTheDocument();
    expect(within(card('mtg-3')).queryByRole('button')).not.toBeInTheDocument();

    expect(within(card('mtg-1')).getByText('Kickoff')).toBeInTheDocument();
    expect(within(card('mtg-1')).getByText('Held')).toBeInTheDocument();
    expect(card('mtg-1')).toHaveTextContent('You taught: Figma');
    expect(card('mtg-1')).toHaveTextContent('Grace taught: Negotiation');
    expect(within(card('mtg-1')).getByText('How to run this conversation')).toBeInTheDocument();
    expect(within(card('mtg-2')).getByRole('button', { name: 'Log meeting' })).toBeInTheDocument();
    expect(within(card('mtg-2')).queryByRole('button', { name: 'Move' })).not.toBeInTheDocument();
  });

  it('shows only my own zone when we share it', async () => {
    meetingsApi({
      workspace: { partner: { ...aWorkspace().partner, timeZone: 'Europe/London' } },
    });
    await openMeetings();
    expect(within(card('mtg-4')).getByTestId('meeting-time')).toHaveTextContent(
      'Tue 3 Nov 2026, 10:00–11:00 (your time, Europe/London)',
    );
    expect(card('mtg-4')).not.toHaveTextContent('for Grace');
  });

  it('logs a meeting: held, what each side taught, shared notes and my pulse', async () => {
    const api = meetingsApi({
      extra: {
        'PUT /api/my/pairs/:pairId/meetings/:meetingId/log': (request) => ({
          body: {
            ...unlogged,
            status: 'held',
            myPulse: 4,
            log: {
              loggedBy: 'Ada Lovelace',
              loggedAt: '2026-10-10T12:00:00.000Z',
              ...(request.body as { sharedNotes: string; taught: { mentor: string[]; mentee: string[] } }),
            },
          },
        }),
      },
    });
    const { user } = await openMeetings();
    await user.click(within(card('mtg-2')).getByRole('button', { name: 'Log meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log meeting 2' });
    // My side is suggested the skills I said I can teach; a new one can be typed in.
    await user.click(within(dialog).getByRole('combobox', { name: /What you taught/ }));
    await user.click(await screen.findByRole('option', { name: 'Generative AI' }));
    await user.click(within(dialog).getByRole('combobox', { name: /What Grace taught/ }));
    await user.paste('Board papers');
    expect(within(dialog).getByRole('textbox', { name: /Shared notes/ })).toHaveAccessibleDescription(
      /Both of you can read these/,
    );
    await user.click(within(dialog).getByRole('textbox', { name: /Shared notes/ }));
    await user.paste('We tried an assistant on a board paper.');
    const pulse = within(dialog).getByRole('radiogroup', { name: /How useful was it for you\?/ });
    await user.click(within(pulse).getByRole('radio', { name: '4' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save the log' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('PUT /api/my/pairs/:pairId/meetings/:meetingId/log')[0]?.params.meetingId).toBe(
      'mtg-2',
    );
    expect(api.callsTo('PUT /api/my/pairs/:pairId/meetings/:meetingId/log')[0]?.body).toEqual({
      status: 'held',
      sharedNotes: 'We tried an assistant on a board paper.',
      taught: { mentor: ['Generative AI'], mentee: ['Board papers'] },
      pulse: 4,
    });
    expect(await within(card('mtg-2')).findByText('You taught: Generative AI')).toBeInTheDocument();
    expect(card('mtg-2')).toHaveTextContent('you found it 4 of 5 useful');
  });

  it('logs a missed meeting without skills or pulse', async () => {
    const api = meetingsApi({
      extra: {
        'PUT /api/my/pairs/:pairId/meetings/:meetingId/log': { body: { ...unlogged, status: 'missed' } },
      },
    });
    const { user } = await openMeetings();
    await user.click(within(card('mtg-2')).getByRole('button', { name: 'Log meeting' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log meeting 2' });
    await user.click(within(dialog).getByRole('radio', { name: 'No, it did not happen' }));
    expect(within(dialog).queryByRole('combobox', { name: /What you taught/ })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save the log' }));
    await waitFor(() =>
      expect(api.callsTo('PUT /api/my/pairs/:pairId/meetings/:meetingId/log')[0]?.body).toEqual({
        status: 'missed',
        sharedNotes: '',
        taught: { mentor: [], mentee: [] },
        pulse: null,
      }),
    );
  });

  it('keeps a private note that says only I can read it', async () => {
    const api = meetingsApi({
      extra: {
        'PUT /api/my/pairs/:pairId/meetings/:meetingId/private-note': (request) => ({
          body: { myPrivateNote: (request.body as { text: string }).text },
        }),
      },
    });
    const { user } = await openMeetings();
    const area = within(card('mtg-2')).getByRole('group', {
      name: 'Private note — only you can read this (not your partner, not HR)',
    });
    await user.click(within(area).getByRole('button', { name: 'Write a private note' }));
    const note = within(area).getByRole('textbox', {
      name: /only you can read this \(not your partner, not HR\)/,
    });
    await user.click(note);
    await user.paste('Ask about the budget freeze next time.');
    await user.click(within(area).getByRole('button', { name: 'Save private note' }));
    await waitFor(() =>
      expect(api.callsTo('PUT /api/my/pairs/:pairId/meetings/:meetingId/private-note')[0]?.body).toEqual({
        text: 'Ask about the budget freeze next time.',
      }),
    );
    expect(
      api.callsTo('PUT /api/my/pairs/:pairId/meetings/:meetingId/private-note')[0]?.params.meetingId,
    ).toBe('mtg-2');
    expect(await within(area).findByTestId('private-note-text')).toHaveTextContent(
      'Ask about the budget freeze next time.',
    );
    expect(within(area).getByRole('button', { name: 'Edit private note' })).toBeInTheDocument();
  });

  it('moves a meeting to a time entered in my own zone', async () => {
    const api = meetingsApi({
      workspace: { me: { timeZone: 'America/New_York' } },
      extra: {
        'POST /api/my/pairs/:pairId/meetings/:meetingId/move': (request) => ({
          body: { ...next, moved: true, startsAt: (request.body as { startsAt: string }).startsAt },
        }),
      },
    });
    const { user } = await openMeetings();
    await user.click(within(card('mtg-4')).getByRole('button', { name: 'Move' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move meeting 3' });
    expect(within(dialog).getByLabelText('New date')).toHaveValue('2026-11-03');
    expect(within(dialog).getByLabelText('New start time')).toHaveValue('05:00');
    fireEvent.change(within(dialog).getByLabelText('New start time'), { target: { value: '07:30' } });
    expect(dialog).toHaveTextContent('For Grace (Europe/Amsterdam) that is Tue 3 Nov 2026, 13:30–14:30');
    await user.click(within(dialog).getByRole('button', { name: 'Move the meeting' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST /api/my/pairs/:pairId/meetings/:meetingId/move')[0]?.body).toEqual({
      startsAt: '2026-11-03T12:30:00.000Z',
    });
  });

  it('cancels a meeting only after confirming', async () => {
    const api = meetingsApi({
      extra: {
        'POST /api/my/pairs/:pairId/meetings/:meetingId/cancel': { body: { ...next, status: 'cancelled' } },
      },
    });
    const { user } = await openMeetings();
    await user.click(within(card('mtg-4')).getByRole('button', { name: 'Cancel' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel meeting 3?' });
    expect(dialog).toHaveTextContent('Both of you get a cancellation for your calendars');
    await user.click(within(dialog).getByRole('button', { name: 'Keep the meeting' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST /api/my/pairs/:pairId/meetings/:meetingId/cancel')).toHaveLength(0);

    await user.click(within(card('mtg-4')).getByRole('button', { name: 'Cancel' }));
    const again = await screen.findByRole('dialog', { name: 'Cancel meeting 3?' });
    await user.click(within(again).getByRole('button', { name: 'Cancel the meeting' }));
    await waitFor(() =>
      expect(api.callsTo('POST /api/my/pairs/:pairId/meetings/:meetingId/cancel')).toHaveLength(1),
    );
    expect(api.callsTo('POST /api/my/pairs/:pairId/meetings/:meetingId/cancel')[0]?.body).toEqual({});
  });

  it('changes a topic to one of our own, and back to the plan’s default', async () => {
    const api = meetingsApi({
      extra: {
        'PUT /api/my/pairs/:pairId/meetings/:meetingId/topic': (request) => {
          const { customTitle } = request.body as { customTitle: string | null };
          return {
            body: {
              ...next,
              topic: customTitle
                ? { title: customTitle, guide: '', source: 'custom', planIndex: null }
                : next.topic,
            },
          };
        },
      },
    });
    const { user } = await openMeetings();
    await user.click(within(card('mtg-4')).getByRole('button', { name: 'Change topic' }));
    let dialog = await screen.findByRole('dialog', { name: 'Topic of meeting 3' });
    await user.click(within(dialog).getByRole('radio', { name: 'A topic of our own' }));
    await user.click(within(dialog).getByRole('textbox', { name: 'Your topic' }));
    await user.paste('Our team’s OKRs');
    await user.click(within(dialog).getByRole('button', { name: 'Save the topic' }));
    expect(await within(card('mtg-4')).findByText(/Our team’s OKRs/)).toBeInTheDocument();

    await user.click(within(card('mtg-4')).getByRole('button', { name: 'Change topic' }));
    dialog = await screen.findByRole('dialog', { name: 'Topic of meeting 3' });
    expect(within(dialog).getByRole('textbox', { name: 'Your topic' })).toHaveValue('Our team’s OKRs');
    await user.click(within(dialog).getByRole('radio', { name: 'The next topic of the program’s plan' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save the topic' }));
    await waitFor(() =>
      expect(api.callsTo('PUT /api/my/pairs/:pairId/meetings/:meetingId/topic')).toHaveLength(2),
    );
    expect(api.callsTo('PUT /api/my/pairs/:pairId/meetings/:meetingId/topic').map((c) => c.body)).toEqual([
      { planIndex: null, customTitle: 'Our team’s OKRs' },
      { planIndex: null, customTitle: null },
    ]);
  });

  it('says where meetings will appear before the agreement is accepted', async () => {
    meetingsApi({ workspace: { agreement: anAgreement() }, items: [] });
    const { user } = renderApp('/my/pairs/pair-1');
    await user.click(await screen.findByRole('tab', { name: 'Meetings' }));
    expect(
      await screen.findByText('Your meetings appear here once you have both accepted the agreement.'),
    ).toBeInTheDocument();
  });
});
