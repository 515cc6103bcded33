import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aMe } from '../testing/builders';
import { mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';

describe('when a page breaks', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows a calm message inside the shell and never the stack trace', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      // An answer the page does not expect makes it throw while rendering.
      'GET /api/people': { body: { items: [{ id: 'x', employmentStatus: 'retired' }], total: 1 } },
    });
    renderApp('/people');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/TypeError|at \w+ \(/);
  });

  it('offers to try again when the session cannot be loaded', async () => {
    mockApi({
      'GET /api/me': { status: 503, body: { error: { code: 'internal', message: 'Database is down.' } } },
    });
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: "We couldn't load Counterpart" }),
    ).toBeInTheDocument();
    expect(screen.getByText('Database is down.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
