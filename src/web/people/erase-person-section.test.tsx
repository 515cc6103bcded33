import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe, aPerson } from '../testing/builders';
import { apiError, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';

describe('erasing a person', () => {
  it('asks for the email, explains what goes and stays, then shows the person as erased', async () => {
    let erased = false;
    const api = mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/people/:id': () => ({
        body: erased
          ? aPerson({
              name: 'Erased person',
              email: 'erased-per-2@erased.invalid',
              title: '',
              managerId: null,
              managerName: null,
            })
          : aPerson(),
      }),
      'POST /api/people/:id/erase': (request) => {
        if ((request.body as { confirm: string }).confirm !== 'grace@northwind.example')
          return apiError(400, 'validation', 'Type it exactly.', [
            {
              code: 'confirm_mismatch',
              path: ['confirm'],
              message: "Type the person's email address exactly to confirm.",
            },
          ]);
        erased = true;
        return { body: { id: 'per-2', erased: true } };
      },
    });
    const { user } = renderApp('/people/per-2');
    await user.click(await screen.findByRole('button', { name: 'Erase this person' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase Grace Hopper?' });
    expect(within(dialog).getByText(/Private notes, meeting notes/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Level, department, dates and employment status/)).toBeInTheDocument();
    const submit = within(dialog).getByRole('button', { name: 'Erase for good' });
    expect(submit).toBeDisabled();
    await user.type(
      within(dialog).getByLabelText('Type grace@northwind.example to confirm'),
      'grace@northwind.exampl',
    );
    expect(submit).toBeDisabled();
    expect(api.callsTo('POST /api/people/:id/erase')).toHaveLength(0);
    await user.type(within(dialog).getByLabelText('Type grace@northwind.example to confirm'), 'e');
    expect(submit).toBeEnabled();
    await user.click(submit);
    expect(await screen.findByRole('heading', { level: 1, name: 'Erased person' })).toBeInTheDocument();
    expect(screen.getByText('This person was erased')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase this person' })).not.toBeInTheDocument();
    expect(api.callsTo('POST /api/people/:id/erase')[0]!.body).toEqual({
      confirm: 'grace@northwind.example',
    });
  });

  it('is not offered to program managers', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/people/:id': { body: aPerson() },
    });
    renderApp('/people/per-2');
    expect(await screen.findByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase this person' })).not.toBeInTheDocument();
  });

  it('is not offered on your own page', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/people/:id': { body: aPerson({ id: 'per-1', name: 'Ada Lovelace' }) },
    });
    renderApp('/people/per-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase this person' })).not.toBeInTheDocument();
  });

  it('shows a server refusal in the dialog', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/people/:id': { body: aPerson() },
      'POST /api/people/:id/erase': apiError(
        409,
        'conflict',
        'This is the last org admin. Make someone else an org admin first.',
      ),
    });
    const { user } = renderApp('/people/per-2');
    await user.click(await screen.findByRole('button', { name: 'Erase this person' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/to confirm$/), 'GRACE@northwind.example');
    await user.click(within(dialog).getByRole('button', { name: 'Erase for good' }));
    await waitFor(() =>
      expect(
        within(dialog).getByText('This is the last org admin. Make someone else an org admin first.'),
      ).toBeInTheDocument(),
    );
  });
});
