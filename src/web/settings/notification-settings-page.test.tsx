import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NOTIFICATION_CHOICES,
  NOTIFICATION_KINDS,
  NOTIFICATION_LABELS,
  type NotificationKind,
} from '#core/notifications/notification-choices';
import { aMe } from '../testing/builders';
import { apiError, type MockHandler, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';
import type { NotificationSettings } from './notifications-api';

/** A Mantine switch is named by its label followed by its description. */
const startsWith = (label: string) => new RegExp(`^${label}`);

const PARTICIPANT_KINDS: NotificationKind[] = [
  'meetingReminders',
  'agreementNudges',
  'checkInReminders',
  'quietPairNudges',
];

function settingsOf(kinds: readonly NotificationKind[], choices = DEFAULT_NOTIFICATION_CHOICES) {
  return {
    choices: { ...choices },
    kinds: kinds.map((kind) => ({ kind, ...NOTIFICATION_LABELS[kind] })),
  } satisfies NotificationSettings;
}

/** The server's answer to a change: the stored choices with the change applied. */
function settingsApi(kinds: readonly NotificationKind[], put?: MockHandler) {
  let current = settingsOf(kinds);
  return mockApi({
    'GET /api/me': { body: aMe(['participant']) },
    'GET /api/me/notifications': () => ({ body: current }),
    'PUT /api/me/notifications':
      put ??
      ((request) => {
        current = { ...current, choices: { ...current.choices, ...(request.body as object) } };
        return { body: current };
      }),
  });
}

describe('email settings', () => {
  it('shows a switch with its description for each optional email of the member, all on by default', async () => {
    settingsApi(PARTICIPANT_KINDS);
    renderApp('/settings/notifications');
    expect(await screen.findByRole('heading', { level: 1, name: 'Email settings' })).toBeInTheDocument();
    const group = await screen.findByRole('group', { name: 'Optional emails' });
    const switches = within(group).getAllByRole('switch');
    expect(switches).toHaveLength(4);
    for (const kind of PARTICIPANT_KINDS) {
      const toggle = within(group).getByRole('switch', { name: startsWith(NOTIFICATION_LABELS[kind].label) });
      expect(toggle).toBeChecked();
      expect(within(group).getByText(NOTIFICATION_LABELS[kind].description)).toBeInTheDocument();
    }
    expect(
      within(group).queryByRole('switch', { name: startsWith('Weekly program digest') }),
    ).not.toBeInTheDocument();
  });

  it('saves a switch as soon as it changes, and says so quietly', async () => {
    const api = settingsApi(NOTIFICATION_KINDS);
    const { user } = renderApp('/settings/notifications');
    const digest = await screen.findByRole('switch', { name: startsWith('Weekly program digest') });
    await user.click(digest);

    await waitFor(() => expect(api.callsTo('PUT /api/me/notifications')).toHaveLength(1));
    const [put] = api.callsTo('PUT /api/me/notifications');
    expect(put?.body).toEqual({ weeklyDigest: false });
    expect(put?.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(await screen.findByRole('status')).toHaveTextContent('Weekly program digest turned off.');
    expect(screen.getByRole('switch', { name: startsWith('Weekly program digest') })).not.toBeChecked();
    expect(screen.getByRole('switch', { name: startsWith('Meeting reminders') })).toBeChecked();
  });

  it('puts a switch back and explains when the change could not be saved', async () => {
    settingsApi(
      PARTICIPANT_KINDS,
      apiError(500, 'internal', 'Something went wrong on our side. Please try again.'),
    );
    const { user } = renderApp('/settings/notifications');
    await user.click(await screen.findByRole('switch', { name: startsWith('Meeting reminders') }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not saved');
    expect(alert).toHaveTextContent('Something went wrong on our side.');
    expect(screen.getByRole('switch', { name: startsWith('Meeting reminders') })).toBeChecked();
  });

  it('tells a member with no optional emails what they still get', async () => {
    settingsApi([]);
    renderApp('/settings/notifications');
    expect(await screen.findByText('No optional emails for your role')).toBeInTheDocument();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
  });

  it('shows the error when the settings cannot be loaded', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['participant']) },
      'GET /api/me/notifications': apiError(503, 'unavailable', 'The database is not reachable right now.'),
    });
    renderApp('/settings/notifications');
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is not reachable right now.');
  });

  it('is one click away in the account menu', async () => {
    settingsApi(PARTICIPANT_KINDS);
    const { user, router } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Account menu for Ada Lovelace' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Email settings' }));
    await waitFor(() => expect(locationOf(router)).toBe('/settings/notifications'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Email settings' })).toBeInTheDocument();
  });
});
