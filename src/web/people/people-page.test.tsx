import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Person } from '../api/types';
import { aMe, aPerson } from '../testing/builders';
import { apiError, type MockRequest, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';

function directory(people: Person[]) {
  return (request: MockRequest) => {
    const q = (request.query.get('q') ?? '').toLowerCase();
    const limit = Number(request.query.get('limit'));
    const offset = Number(request.query.get('offset'));
    const found = people.filter((person) => person.name.toLowerCase().includes(q));
    return { body: { items: found.slice(offset, offset + limit), total: found.length } };
  };
}

const many = Array.from({ length: 30 }, (_, index) =>
  aPerson({ id: `per-${index + 10}`, name: `Person ${String(index + 1).padStart(2, '0')}` }),
);

describe('people directory', () => {
  it('lists people with their title, level, department, manager, location and status', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/people': directory([
        aPerson(),
        aPerson({
          id: 'per-3',
          name: 'Linus Ek',
          employmentStatus: 'on_leave',
          managerName: null,
          level: null,
        }),
      ]),
    });
    renderApp('/people');
    await screen.findByRole('link', { name: 'Grace Hopper' });
    const rows = within(screen.getByRole('table', { name: 'People' })).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('NameTitleLevelDepartmentManagerLocationStatus');
    expect(rows[1]).toHaveTextContent('Grace HopperChief Financial Officer9FinanceMaya ChenAmsterdamActive');
    expect(rows[2]).toHaveTextContent('Linus EkChief Financial Officer—Finance—AmsterdamOn leave');
    expect(document.title).toBe('People · Counterpart');
  });

  it('searches as the person types and keeps the search in the address', async () => {
    const api = mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/people': directory([aPerson(), aPerson({ id: 'per-3', name: 'Linus Ek' })]),
    });
    const { user, router } = renderApp('/people');
    await screen.findByRole('link', { name: 'Linus Ek' });
    await user.type(screen.getByLabelText('Search people'), 'grace');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Linus Ek' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Grace Hopper' })).toBeInTheDocument();
    expect(locationOf(router)).toBe('/people?q=grace');
    expect(api.callsTo('GET /api/people').at(-1)?.query.get('q')).toBe('grace');
  });

  it('says when nobody matches and lets the search be cleared', async () => {
    mockApi({ 'GET /api/me': { body: aMe(['org_admin']) }, 'GET /api/people': directory([aPerson()]) });
    const { user } = renderApp('/people?q=zzz');
    expect(await screen.findByRole('heading', { name: 'No one matches “zzz”' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear the search' })[0]!);
    expect(await screen.findByRole('link', { name: 'Grace Hopper' })).toBeInTheDocument();
  });

  it('shows an empty directory honestly', async () => {
    mockApi({ 'GET /api/me': { body: aMe(['org_admin']) }, 'GET /api/people': directory([]) });
    renderApp('/people');
    expect(await screen.findByRole('heading', { name: 'The directory is empty' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows placeholder rows while loading', async () => {
    mockApi({ 'GET /api/me': { body: aMe(['org_admin']) }, 'GET /api/people': () => new Promise(() => {}) });
    renderApp('/people');
    expect(await screen.findByTestId('table-skeleton')).toBeInTheDocument();
  });

  it('pages through a long directory', async () => {
    const api = mockApi({ 'GET /api/me': { body: aMe(['org_admin']) }, 'GET /api/people': directory(many) });
    const { user, router } = renderApp('/people');
    expect(await screen.findByText('Showing 1–25 of 30 people')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Page 2' }));
    expect(await screen.findByRole('link', { name: 'Person 30' })).toBeInTheDocument();
    expect(screen.getByText('Showing 26–30 of 30 people')).toBeInTheDocument();
    expect(locationOf(router)).toBe('/people?page=2');
    expect(api.callsTo('GET /api/people').at(-1)?.query.get('offset')).toBe('25');
  });

  it('shows the server message when the directory cannot load', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/people': apiError(500, 'internal', 'Something went wrong on our side.'),
    });
    renderApp('/people');
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on our side.');
  });
});

describe('person page', () => {
  it('opens from the list and shows the details with a link to the manager', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/people': directory([aPerson()]),
      'GET /api/people/:id': (request) => ({ body: aPerson({ id: request.params.id ?? '' }) }),
    });
    const { user, router } = renderApp('/people');
    await user.click(await screen.findByRole('link', { name: 'Grace Hopper' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeInTheDocument();
    expect(locationOf(router)).toBe('/people/per-2');
    expect(screen.getByRole('link', { name: 'Maya Chen' })).toHaveAttribute('href', '/people/per-9');
    expect(screen.getByText('1 Mar 2015')).toBeInTheDocument();
    expect(document.title).toBe('Grace Hopper · Counterpart');
  });

  it('says when a person does not exist', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/people/:id': apiError(404, 'not_found', 'Not found.'),
    });
    renderApp('/people/missing');
    expect(await screen.findByRole('heading', { level: 1, name: 'Person not found' })).toBeInTheDocument();
  });
});
