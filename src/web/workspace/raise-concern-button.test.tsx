import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { setCsrfToken } from '../api/client';
import { createQueryClient } from '../api/query-client';
import { AppProviders } from '../app-providers';
import { aConcern } from '../concerns/concern-builders';
import { locationOf } from '../testing/render-app';
import { apiError, type MockResponse, mockApi } from '../testing/mock-api';
import { RaiseConcernButton } from './raise-concern-button';

function renderButton() {
  setCsrfToken('csrf-123');
  const router = createMemoryRouter(
    [
      {
        path: '/my/pairs/:pairId',
        element: <RaiseConcernButton pairId="pair-1" partnerName="Grace Hopper" />,
      },
      { path: '/my/concerns', element: <p>My concerns page</p> },
    ],
    { initialEntries: ['/my/pairs/pair-1'] },
  );
  render(
    <AppProviders queryClient={createQueryClient({ retry: false })} env="test">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { user: userEvent.setup({ delay: null }), router };
}

function concernApi(answer: MockResponse = { status: 201, body: aConcern() }) {
  return mockApi({ 'POST /api/my/pairs/:pairId/concerns': answer });
}

describe('raising a concern with HR', { timeout: 15_000 }, () => {
  it('says plainly who sees it, and sends the subject and message', async () => {
    const api = concernApi();
    const { user, router } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Raise a concern with HR' }));
    const dialog = await screen.findByRole('dialog', { name: 'Raise a concern with HR' });
    expect(dialog).toHaveTextContent('Only HR sees this. Grace Hopper is never told.');
    await user.click(within(dialog).getByRole('button', { name: 'Send to HR' }));
    expect(within(dialog).getByText('Give your concern a short subject.')).toBeInTheDocument();
    expect(within(dialog).getByText('Tell HR what is going on.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/my/pairs/:pairId/concerns')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Subject/ }), ' Meetings keep being moved ');
    await user.type(
      within(dialog).getByRole('textbox', { name: /What would you like HR to know/ }),
      'Grace has moved our last three meetings at short notice.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send to HR' }));
    expect(
      await within(dialog).findByText("HR has your concern. You'll get an email when they reply."),
    ).toBeInTheDocument();
    const call = api.callsTo('POST /api/my/pairs/:pairId/concerns')[0];
    expect(call?.params.pairId).toBe('pair-1');
    expect(call?.body).toEqual({
      subject: 'Meetings keep being moved',
      body: 'Grace has moved our last three meetings at short notice.',
    });
    expect(call?.headers.get('x-csrf-token')).toBe('csrf-123');

    await user.click(within(dialog).getByRole('link', { name: 'See your concerns' }));
    await waitFor(() => expect(locationOf(router)).toBe('/my/concerns'));
    expect(screen.getByText('My concerns page')).toBeInTheDocument();
  });

  it('shows the server’s field issues under the fields and keeps what was typed', async () => {
    concernApi(
      apiError(400, 'validation', 'Check the concern.', [
        { code: 'too_big', path: ['subject'], message: 'Keep the subject under 200 characters.' },
      ]),
    );
    const { user } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Raise a concern with HR' }));
    const dialog = await screen.findByRole('dialog', { name: 'Raise a concern with HR' });
    await user.type(within(dialog).getByRole('textbox', { name: /Subject/ }), 'A subject');
    await user.type(
      within(dialog).getByRole('textbox', { name: /What would you like HR to know/ }),
      'Details',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send to HR' }));
    expect(await within(dialog).findByText('Keep the subject under 200 characters.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /What would you like HR to know/ })).toHaveValue(
      'Details',
    );
  });

  it('shows any other refusal in the dialog', async () => {
    concernApi(apiError(404, 'not_found', 'This pair was not found.'));
    const { user } = renderButton();
    await user.click(screen.getByRole('button', { name: 'Raise a concern with HR' }));
    const dialog = await screen.findByRole('dialog', { name: 'Raise a concern with HR' });
    await user.type(within(dialog).getByRole('textbox', { name: /Subject/ }), 'A subject');
    await user.type(
      within(dialog).getByRole('textbox', { name: /What would you like HR to know/ }),
      'Details',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Send to HR' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('This pair was not found.');
  });
});
