import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { apiError, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';

const signedOut = { 'GET /api/me': apiError(401, 'unauthenticated', 'Please sign in.') };

async function fillAndSubmit(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByLabelText(/^email/i), 'ada@northwind.example');
  await user.type(screen.getByLabelText(/^password/i), 'wrong-password-1');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign in', () => {
  it('shows the server message when the password is wrong', async () => {
    mockApi({
      ...signedOut,
      'POST /api/auth/login': apiError(401, 'unauthenticated', 'Email or password is incorrect.'),
    });
    const { user, router } = renderApp('/login');
    await fillAndSubmit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
    expect(locationOf(router)).toBe('/login');
  });

  it('shows the message for too many failed attempts', async () => {
    const message = 'Too many failed sign-in attempts. Try again in 15 minutes.';
    mockApi({ ...signedOut, 'POST /api/auth/login': apiError(429, 'rate_limited', message) });
    const { user, router } = renderApp('/login');
    await fillAndSubmit(user);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(locationOf(router)).toBe('/login');
  });

  it('puts validation messages under their fields', async () => {
    mockApi({
      ...signedOut,
      'POST /api/auth/login': apiError(400, 'validation', 'Invalid input', [
        { code: 'invalid_format', path: ['email'], message: 'Not a valid email address' },
      ]),
    });
    const { user } = renderApp('/login');
    await fillAndSubmit(user);
    const email = screen.getByLabelText(/^email/i);
    await waitFor(() => expect(email).toHaveAccessibleDescription('Not a valid email address'));
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('checks the fields before sending anything', async () => {
    const api = mockApi(signedOut);
    const { user } = renderApp('/login');
    await user.click(await screen.findByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your email address')).toBeInTheDocument();
    expect(screen.getByText('Enter your password')).toBeInTheDocument();
    expect(api.callsTo('POST /api/auth/login')).toHaveLength(0);
  });

  it('shows a loading state while signing in', async () => {
    let release: (value: { status: number; body: unknown }) => void = () => {};
    mockApi({
      ...signedOut,
      'POST /api/auth/login': () => new Promise((resolve) => (release = resolve)),
    });
    const { user } = renderApp('/login');
    await fillAndSubmit(user);
    const button = screen.getByRole('button', { name: 'Sign in' });
    await waitFor(() => expect(button).toHaveAttribute('data-loading', 'true'));
    release({ status: 401, body: { error: { code: 'unauthenticated', message: 'Nope.' } } });
    await waitFor(() => expect(button).not.toHaveAttribute('data-loading'));
  });

  it('sends a visitor to sign in and back to the page they asked for', async () => {
    let signedIn = false;
    const api = mockApi({
      'GET /api/me': () =>
        signedIn ? { body: aMe(['program_manager']) } : apiError(401, 'unauthenticated', 'Please sign in.'),
      'POST /api/auth/login': () => {
        signedIn = true;
        return { body: aMe(['program_manager']) };
      },
      'GET /api/people': { body: { items: [], total: 0 } },
    });
    const { user, router } = renderApp('/people?q=grace');
    await waitFor(() => expect(locationOf(router)).toBe('/login?next=%2Fpeople%3Fq%3Dgrace'));
    await fillAndSubmit(user);
    await waitFor(() => expect(locationOf(router)).toBe('/people?q=grace'));
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(api.callsTo('POST /api/auth/login')[0]?.body).toEqual({
      email: 'ada@northwind.example',
      password: 'wrong-password-1',
    });
  });

  it('never follows a next address to another site', async () => {
    mockApi({ ...signedOut, 'POST /api/auth/login': { body: aMe(['participant']) } });
    const { user, router } = renderApp('/login?next=//evil.example/steal');
    await fillAndSubmit(user);
    await waitFor(() => expect(locationOf(router)).toBe('/'));
    expect(await screen.findByTestId('home-participant')).toBeInTheDocument();
  });

  it('titles the page', async () => {
    mockApi(signedOut);
    renderApp('/login');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(document.title).toBe('Sign in · Counterpart');
  });
});
