import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_NOTIFICATION_CHOICES,
  NO_NOTIFICATIONS,
  NOTIFICATION_LABELS,
  type NotificationKind,
} from '#core/notifications/notification-choices';
import { apiError, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import type { UnsubscribeSettings } from './notifications-api';

/** A Mantine switch is named by its label followed by its description. */
const startsWith = (label: string) => new RegExp(`^${label}`);

const KINDS: NotificationKind[] = [
  'meetingReminders',
  'agreementNudges',
  'checkInReminders',
  'quietPairNudges',
];

function linkApi(choices = DEFAULT_NOTIFICATION_CHOICES) {
  let current: UnsubscribeSettings = {
    orgName: 'Northwind Energy',
    email: 's•••r@northwind.example',
    choices: { ...choices },
    kinds: KINDS.map((kind) => ({ kind, ...NOTIFICATION_LABELS[kind] })),
  };
  return mockApi({
    'GET /api/unsubscribe': () => ({ body: current }),
    'POST /api/unsubscribe': (request) => {
      const change = request.body as Record<string, boolean>;
      const next = Object.keys(change).length === 0 ? NO_NOTIFICATIONS : { ...current.choices, ...change };
      current = { ...current, choices: { ...next } };
      return { body: current };
    },
  });
}

describe('the unsubscribe link', () => {
  it('names the organisation and the masked address, without asking anyone to sign in', async () => {
    const api = linkApi();
    renderApp('/unsubscribe?token=org-1.acc-1.mac');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your emails from Northwind Energy' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/For s•••r@northwind\.example\./)).toBeInTheDocument();
    expect(api.callsTo('GET /api/unsubscribe')[0]?.query.get('token')).toBe('org-1.acc-1.mac');
    expect(api.unmatched).toEqual([]); // no /api/me: the page works signed out
  });

  it('turns every reminder off with one button', async () => {
    const api = linkApi();
    const { user } = renderApp('/unsubscribe?token=tok');
    await user.click(await screen.findByRole('button', { name: 'Turn off all reminders' }));
    await waitFor(() => expect(api.callsTo('POST /api/unsubscribe')).toHaveLength(1));
    expect(api.callsTo('POST /api/unsubscribe')[0]?.body).toEqual({});
    expect(await screen.findByText('All reminders are off')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('All reminders turned off.');
    for (const kind of KINDS) {
      expect(
        screen.getByRole('switch', { name: startsWith(NOTIFICATION_LABELS[kind].label) }),
      ).not.toBeChecked();
    }
    expect(screen.queryByRole('button', { name: 'Turn off all reminders' })).not.toBeInTheDocument();
  });

  it('changes one email at a time with its switch', async () => {
    const api = linkApi(NO_NOTIFICATIONS);
    const { user } = renderApp('/unsubscribe?token=tok');
    await user.click(await screen.findByRole('switch', { name: startsWith('Meeting reminders') }));
    await waitFor(() => expect(api.callsTo('POST /api/unsubscribe')).toHaveLength(1));
    expect(api.callsTo('POST /api/unsubscribe')[0]?.body).toEqual({ meetingReminders: true });
    expect(await screen.findByRole('status')).toHaveTextContent('Meeting reminders turned on.');
    expect(screen.getByRole('switch', { name: startsWith('Meeting reminders') })).toBeChecked();
    expect(screen.getByRole('switch', { name: startsWith('Quiet pair nudges') })).not.toBeChecked();
  });

  it('explains a link that does not work, and offers Email settings after signing in', async () => {
    mockApi({ 'GET /api/unsubscribe': apiError(404, 'not_found', 'This link does not work any more.') });
    renderApp('/unsubscribe?token=broken');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link does not work' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in to Email settings' })).toHaveAttribute(
      'href',
      '/settings/notifications',
    );
  });

  it('explains a link with no token at once, without asking the server', async () => {
    const api = mockApi({});
    renderApp('/unsubscribe');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link does not work' }),
    ).toBeInTheDocument();
    expect(api.calls).toEqual([]);
  });
});
