import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe, aPerson } from '../testing/builders';
import { apiError, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';

describe('add and edit a person', () => {
  it('adds a person from the People page and opens their page', async () => {
    const api = mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/people': { body: { items: [aPerson()], total: 1 } },
      'POST /api/people': (request) => ({
        status: 201,
        body: aPerson({ id: 'per-77', ...(request.body as object) }),
      }),
      'GET /api/people/:id': (request) => ({
        body: aPerson({ id: request.params.id ?? '', name: 'Nia Hire' }),
      }),
    });
    const { user, router } = renderApp('/people');
    await user.click(await screen.findByRole('link', { name: 'Add person' }));
    await user.type(await screen.findByLabelText(/^Email/), 'nia@northwind.example');
    await user.type(screen.getByLabelText(/^Name/), 'Nia Hire');
    await user.type(screen.getByLabelText(/^Level/), '3');
    await user.click(screen.getByRole('button', { name: 'Add person' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nia Hire' })).toBeInTheDocument();
    expect(locationOf(router)).toBe('/people/per-77');
    expect(api.callsTo('POST /api/people')[0]!.body).toMatchObject({
      email: 'nia@northwind.example',
      name: 'Nia Hire',
      level: 3,
      hireDate: null,
      managerId: null,
      timeZone: 'UTC',
    });
  });

  it('edits from the person page and shows the server problems under their fields', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/people/:id': { body: aPerson() },
      'GET /api/people': { body: { items: [], total: 0 } },
      'PATCH /api/people/:id': apiError(400, 'validation', 'Some fields need attention.', [
        {
          code: 'manager_cycle',
          path: ['managerId'],
          message: 'Maya Chen reports to this person, directly or through others.',
        },
        {
          code: 'end_date_required',
          path: ['endDate'],
          message: 'An end date is required when the status is left.',
        },
      ]),
    });
    const { user, router } = renderApp('/people/per-2');
    await user.click(await screen.findByRole('link', { name: 'Edit' }));
    expect(locationOf(router)).toBe('/people/per-2/edit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit Grace Hopper' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Email/)).toHaveValue('grace@northwind.example');
    expect(screen.getByLabelText(/^Hire date/)).toHaveValue('2015-03-01');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Maya Chen reports to this person, directly or through others.'),
    ).toBeInTheDocument();
    expect(screen.getByText('An end date is required when the status is left.')).toBeInTheDocument();
    expect(locationOf(router)).toBe('/people/per-2/edit');
  });
});
