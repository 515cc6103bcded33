import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { apiError, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';

const invitation = {
  email: 'sam@northwind.example',
  name: 'Sam Okafor',
  orgName: 'Northwind Energy',
  expiresAt: '2026-12-01T00:00:00.000Z',
};

describe('accepting an invitation', () => {
  it('shows the organisation and email, then signs the person in', async () => {
    let signedIn = false;
    const api = mockApi({
      'GET /api/me': () =>
        signedIn ? { body: aMe(['participant']) } : apiError(401, 'unauthenticated', 'Please sign in.'),
      'GET /api/invitations/:token': { body: invitation },
      'POST /api/invitations/:token/accept': () => {
        signedIn = true;
        return { body: aMe(['participant'], { csrfToken: 'csrf-new' }) };
      },
      'POST /api/auth/logout': { status: 204 },
    });
    const { user, router } = renderApp('/invitations/tok-9');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Join Northwind Energy on Counterpart' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('sam@northwind.example');
    const name = screen.getByLabelText(/^your name/i);
    expect(name).toHaveValue('Sam Okafor');
    await user.clear(name);
    await user.type(name, 'Samuel Okafor');
    await user.type(screen.getByLabelText(/^choose a password/i), 'a long enough secret');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    await waitFor(() => expect(locationOf(router)).toBe('/'));
    expect(await screen.findByTestId('home-participant')).toBeInTheDocument();
    const [accept] = api.callsTo('POST /api/invitations/:token/accept');
    expect(accept?.path).toBe('/api/invitations/tok-9/accept');
    expect(accept?.body).toEqual({ name: 'Samuel Okafor', password: 'a long enough secret' });

    // The session from the response is used for the next write.
    await user.click(screen.getByRole('button', { name: 'Account menu for Ada Lovelace' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));
    await waitFor(() => expect(api.callsTo('POST /api/auth/logout')).toHaveLength(1));
    expect(api.callsTo('POST /api/auth/logout')[0]?.headers.get('x-csrf-token')).toBe('csrf-new');
  });

  it('asks for a password of at least 12 characters', async () => {
    const api = mockApi({
      'GET /api/me': apiError(401, 'unauthenticated', 'Please sign in.'),
      'GET /api/invitations/:token': { body: invitation },
    });
    const { user } = renderApp('/invitations/tok-9');
    await user.type(await screen.findByLabelText(/^choose a password/i), 'short');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(await screen.findByText('Use at least 12 characters')).toBeInTheDocument();
    expect(api.callsTo('POST /api/invitations/:token/accept')).toHaveLength(0);
  });

  it('shows why the server refused the password under the password field', async () => {
    const message =
      'This password is one of the most commonly used, so it is among the first an attacker tries. Choose another, for example a few unrelated words.';
    mockApi({
      'GET /api/me': apiError(401, 'unauthenticated', 'Please sign in.'),
      'GET /api/invitations/:token': { body: invitation },
      'POST /api/invitations/:token/accept': apiError(400, 'validation', message, [
        { code: 'too_common', path: ['password'], message },
      ]),
    });
    const { user } = renderApp('/invitations/tok-9');
    const password = await screen.findByLabelText(/^choose a password/i);
    expect(screen.getByText(/Avoid common passwords, your email/)).toBeInTheDocument();
    await user.type(password, 'Password1234');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    await waitFor(() => expect(password).toHaveAccessibleDescription(expect.stringContaining(message)));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a used or expired invitation', async () => {
    mockApi({
      'GET /api/me': apiError(401, 'unauthenticated', 'Please sign in.'),
      'GET /api/invitations/:token': apiError(410, 'gone', 'This invitation has expired.'),
    });
    renderApp('/invitations/tok-old');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This invitation can no longer be used' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/login');
  });

  it('explains an unknown invitation', async () => {
    mockApi({
      'GET /api/me': apiError(401, 'unauthenticated', 'Please sign in.'),
      'GET /api/invitations/:token': apiError(404, 'not_found', 'Invitation not found.'),
    });
    renderApp('/invitations/nope');
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't open this invitation" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/could not find this invitation/)).toBeInTheDocument();
  });
});
