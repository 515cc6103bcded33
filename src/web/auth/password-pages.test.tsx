import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiError, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';

const signedOut = { 'GET /api/me': apiError(401, 'unauthenticated', 'Please sign in.') };

describe('forgotten password', () => {
  it('is reachable from the sign-in page', async () => {
    mockApi(signedOut);
    const { user, router } = renderApp('/login');
    await user.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    expect(locationOf(router)).toBe('/forgot-password');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reset your password' })).toBeInTheDocument();
  });

  it('always answers with the same neutral confirmation', async () => {
    const api = mockApi({
      ...signedOut,
      'POST /api/auth/forgot-password': { status: 202, body: { message: 'ok' } },
    });
    const { user } = renderApp('/forgot-password');
    await user.type(await screen.findByLabelText(/^email/i), 'nobody@northwind.example');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Check your email' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('If an account exists for nobody@northwind.example');
    expect(api.callsTo('POST /api/auth/forgot-password')[0]?.body).toEqual({
      email: 'nobody@northwind.example',
    });
  });

  it('still tells the person to slow down when rate limited', async () => {
    mockApi({
      ...signedOut,
      'POST /api/auth/forgot-password': apiError(429, 'rate_limited', 'Too many requests. Try again later.'),
    });
    const { user } = renderApp('/forgot-password');
    await user.type(await screen.findByLabelText(/^email/i), 'ada@northwind.example');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many requests. Try again later.');
  });
});

describe('choosing a new password', () => {
  async function submit(user: ReturnType<typeof renderApp>['user'], password: string, confirm: string) {
    await user.type(await screen.findByLabelText(/^new password/i), password);
    await user.type(screen.getByLabelText(/^repeat the new password/i), confirm);
    await user.click(screen.getByRole('button', { name: 'Save the new password' }));
  }

  it('checks length and that both passwords match before sending', async () => {
    const api = mockApi(signedOut);
    const { user } = renderApp('/reset-password?token=tok-1');
    await submit(user, 'short', 'different');
    expect(await screen.findByText('Use at least 12 characters')).toBeInTheDocument();
    expect(screen.getByText('The two passwords do not match')).toBeInTheDocument();
    expect(api.callsTo('POST /api/auth/reset-password')).toHaveLength(0);
  });

  it('sends the token and the password, then offers to sign in', async () => {
    const api = mockApi({ ...signedOut, 'POST /api/auth/reset-password': { status: 204 } });
    const { user } = renderApp('/reset-password?token=tok-1');
    await submit(user, 'a long enough secret', 'a long enough secret');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Your password has been changed' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/login');
    expect(api.callsTo('POST /api/auth/reset-password')[0]?.body).toEqual({
      token: 'tok-1',
      password: 'a long enough secret',
    });
  });

  it('explains an expired link and links to a new one', async () => {
    mockApi({
      ...signedOut,
      'POST /api/auth/reset-password': apiError(410, 'gone', 'This password reset link has expired.'),
    });
    const { user } = renderApp('/reset-password?token=old');
    await submit(user, 'a long enough secret', 'a long enough secret');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link can no longer be used' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/This password reset link has expired\. Password links work once/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Request a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
  });

  it('shows the server rule under the password field', async () => {
    mockApi({
      ...signedOut,
      'POST /api/auth/reset-password': apiError(400, 'validation', 'Invalid input', [
        { code: 'too_small', path: ['password'], message: 'Password is too common' },
      ]),
    });
    const { user } = renderApp('/reset-password?token=tok-1');
    await submit(user, 'password1234', 'password1234');
    await waitFor(() =>
      expect(screen.getByLabelText(/^new password/i)).toHaveAccessibleDescription('Password is too common'),
    );
  });

  it('explains a link without its token', async () => {
    mockApi(signedOut);
    renderApp('/reset-password');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link is incomplete' }),
    ).toBeInTheDocument();
  });
});
