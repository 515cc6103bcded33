import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Member } from '../api/types';
import { aMe, aMember } from '../testing/builders';
import { apiError, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';

const me = aMember();
const sam = aMember({
  id: 'mem-2',
  accountId: 'acc-2',
  email: 'sam@northwind.example',
  name: 'Sam Okafor',
  roles: ['participant'],
  status: 'invited',
  lastLoginAt: null,
});

function membersApi(members: Member[], extra: Parameters<typeof mockApi>[0] = {}) {
  let current = members;
  return mockApi({
    'GET /api/me': { body: aMe(['org_admin']) },
    'GET /api/admin/members': () => ({ body: { items: current } }),
    'PUT /api/admin/members/:id/roles': (request) => {
      const updated = current.find((member) => member.id === request.params.id);
      const member = { ...updated!, roles: (request.body as { roles: Member['roles'] }).roles };
      current = current.map((item) => (item.id === member.id ? member : item));
      return { body: { member } };
    },
    ...extra,
  });
}

function rolesOf(name: string) {
  return screen.getByRole('group', { name: `Roles of ${name}` });
}

describe('members and roles', () => {
  it('lists members with their roles, and invited members as "Invitation sent"', async () => {
    membersApi([me, sam]);
    renderApp('/admin/members');
    expect(await screen.findByRole('heading', { level: 1, name: 'Members & roles' })).toBeInTheDocument();
    const samRow = await screen.findByTestId('member-sam@northwind.example');
    expect(samRow).toHaveTextContent('Invitation sent');
    expect(within(rolesOf('Sam Okafor')).getByRole('checkbox', { name: 'Participant' })).toBeChecked();
    expect(within(rolesOf('Sam Okafor')).getByRole('checkbox', { name: 'Sponsor' })).not.toBeChecked();
    expect(screen.getByTestId('member-ada@northwind.example')).toHaveTextContent('Ada Lovelace (you)');
    expect(screen.getByTestId('member-ada@northwind.example')).not.toHaveTextContent('Invitation sent');
  });

  it('saves a role change at once, with the CSRF token', async () => {
    const api = membersApi([me, sam]);
    const { user } = renderApp('/admin/members');
    await screen.findByTestId('member-sam@northwind.example');
    await user.click(within(rolesOf('Sam Okafor')).getByRole('checkbox', { name: 'Sponsor' }));
    await waitFor(() => expect(api.callsTo('PUT /api/admin/members/:id/roles')).toHaveLength(1));
    const [call] = api.callsTo('PUT /api/admin/members/:id/roles');
    expect(call?.path).toBe('/api/admin/members/mem-2/roles');
    expect(call?.body).toEqual({ roles: ['participant', 'sponsor'] });
    expect(call?.headers.get('x-csrf-token')).toBe('csrf-123');
    await waitFor(() =>
      expect(within(rolesOf('Sam Okafor')).getByRole('checkbox', { name: 'Sponsor' })).toBeChecked(),
    );
  });

  it('asks before removing your own admin role, and does nothing if you keep it', async () => {
    const api = membersApi([me, sam]);
    const { user } = renderApp('/admin/members');
    await screen.findByTestId('member-ada@northwind.example');
    await user.click(within(rolesOf('Ada Lovelace')).getByRole('checkbox', { name: 'Org admin' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove your own admin role?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep my admin role' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('PUT /api/admin/members/:id/roles')).toHaveLength(0);
    expect(within(rolesOf('Ada Lovelace')).getByRole('checkbox', { name: 'Org admin' })).toBeChecked();
  });

  it('removes your own admin role once confirmed', async () => {
    const api = membersApi([me, sam]);
    const { user } = renderApp('/admin/members');
    await screen.findByTestId('member-ada@northwind.example');
    await user.click(within(rolesOf('Ada Lovelace')).getByRole('checkbox', { name: 'Org admin' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove your own admin role?' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove my admin role' }));
    await waitFor(() => expect(api.callsTo('PUT /api/admin/members/:id/roles')).toHaveLength(1));
    expect(api.callsTo('PUT /api/admin/members/:id/roles')[0]?.body).toEqual({ roles: [] });
  });

  it('shows why a role change was refused', async () => {
    membersApi([me, sam], {
      'PUT /api/admin/members/:id/roles': apiError(
        409,
        'conflict',
        'The organisation needs at least one org admin.',
      ),
    });
    const { user } = renderApp('/admin/members');
    await screen.findByTestId('member-sam@northwind.example');
    await user.click(within(rolesOf('Sam Okafor')).getByRole('checkbox', { name: 'Sponsor' }));
    expect(await screen.findByText('The organisation needs at least one org admin.')).toBeInTheDocument();
    expect(within(rolesOf('Sam Okafor')).getByRole('checkbox', { name: 'Sponsor' })).not.toBeChecked();
  });
});

describe('inviting someone', () => {
  async function openInvite(user: ReturnType<typeof renderApp>['user']) {
    await user.click(await screen.findByRole('button', { name: 'Invite someone' }));
    return screen.findByRole('dialog', { name: 'Invite someone' });
  }

  it('sends email, name and roles, then lists the person as invited', async () => {
    const invited = aMember({
      id: 'mem-3',
      accountId: 'acc-3',
      email: 'kim@northwind.example',
      name: 'Kim Lee',
      roles: ['participant', 'erg_lead'],
      status: 'invited',
      lastLoginAt: null,
    });
    let members = [me];
    const api = mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/members': () => ({ body: { items: members } }),
      'POST /api/admin/invitations': () => {
        members = [me, invited];
        return { status: 201, body: { member: invited } };
      },
    });
    const { user } = renderApp('/admin/members');
    const dialog = await openInvite(user);
    await user.type(within(dialog).getByLabelText(/^email/i), 'kim@northwind.example');
    await user.type(within(dialog).getByLabelText(/^name/i), 'Kim Lee');
    await user.click(within(dialog).getByRole('checkbox', { name: /^ERG lead/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));

    expect(await screen.findByTestId('member-kim@northwind.example')).toHaveTextContent('Invitation sent');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [call] = api.callsTo('POST /api/admin/invitations');
    expect(call?.body).toEqual({
      email: 'kim@northwind.example',
      name: 'Kim Lee',
      roles: ['participant', 'erg_lead'],
    });
    expect(call?.headers.get('x-csrf-token')).toBe('csrf-123');
    expect(await screen.findByText(/is in the Outbox, because email is not set up/)).toBeInTheDocument();
  });

  it('shows field errors from the server under the fields', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/members': { body: { items: [me] } },
      'POST /api/admin/invitations': apiError(400, 'validation', 'Invalid input', [
        { code: 'invalid_format', path: ['email'], message: 'This email address is not valid' },
      ]),
    });
    const { user } = renderApp('/admin/members');
    const dialog = await openInvite(user);
    await user.type(within(dialog).getByLabelText(/^email/i), 'kim@northwind.example');
    await user.type(within(dialog).getByLabelText(/^name/i), 'Kim Lee');
    await user.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));
    await waitFor(() =>
      expect(within(dialog).getByLabelText(/^email/i)).toHaveAccessibleDescription(
        'This email address is not valid',
      ),
    );
  });

  it('explains when the person is already a member', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/members': { body: { items: [me] } },
      'POST /api/admin/invitations': apiError(409, 'conflict', 'kim@northwind.example is already a member.'),
    });
    const { user } = renderApp('/admin/members');
    const dialog = await openInvite(user);
    await user.type(within(dialog).getByLabelText(/^email/i), 'kim@northwind.example');
    await user.type(within(dialog).getByLabelText(/^name/i), 'Kim Lee');
    await user.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'kim@northwind.example is already a member.',
    );
  });

  it('requires at least one role', async () => {
    const api = mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/members': { body: { items: [me] } },
    });
    const { user } = renderApp('/admin/members?invite=1');
    const dialog = await screen.findByRole('dialog', { name: 'Invite someone' });
    await user.click(within(dialog).getByRole('checkbox', { name: /^Participant/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Send the invitation' }));
    expect(await within(dialog).findByText('Choose at least one role')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter their name')).toBeInTheDocument();
    expect(api.callsTo('POST /api/admin/invitations')).toHaveLength(0);
  });
});
