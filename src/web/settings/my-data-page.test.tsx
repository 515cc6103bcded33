import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';

describe('your data', () => {
  it('offers the whole export as a JSON file to download, and says what it holds', async () => {
    mockApi({ 'GET /api/me': { body: aMe(['participant']) } });
    renderApp('/settings/data');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your data' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Download my data (JSON)' });
    expect(link).toHaveAttribute('href', '/api/my/data');
    expect(link).toHaveAttribute('download');
    expect(screen.getByText(/your own private notes/)).toBeInTheDocument();
    expect(
      screen.getByText(/partner’s private notes and HR’s confidential notes are not in it/),
    ).toBeInTheDocument();
  });

  it('is reached from the account menu', async () => {
    mockApi({ 'GET /api/me': { body: aMe(['participant']) } });
    const { user, router } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Account menu for Ada Lovelace' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Your data' }));
    await waitFor(() => expect(locationOf(router)).toBe('/settings/data'));
    expect(await screen.findByRole('link', { name: 'Download my data (JSON)' })).toBeInTheDocument();
  });
});
