import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { type MockRequest, type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { anInboxConcern, hrReply } from './concern-builders';
import type { InboxConcern } from './concerns-api';

const open = anInboxConcern();
const resolved = anInboxConcern({
  id: 'con-2',
  subject: 'Not sure what to prepare',
  status: 'resolved',
  resolvedAt: '2026-11-10T09:00:00.000Z',
  raisedBy: { name: 'Omar Haddad', role: 'mentee' },
  partner: { name: 'Sam Okafor' },
});

/** The server's inbox, filtered as the contract says, changing as HR replies and resolves. */
function hrApi(extra: MockRoutes = {}) {
  let items: InboxConcern[] = [open, resolved];
  const answer = (id: string, change: (c: InboxConcern) => InboxConcern) => {
    items = items.map((c) => (c.id === id ? change(c) : c));
    const { raisedBy: _r, partner: _p, ...concern } = items.find((c) => c.id === id) as InboxConcern;
    return { body: concern };
  };
  return mockApi({
    'GET /api/me': { body: aMe(['program_manager']) },
    'GET /api/concerns': (request: MockRequest) => {
      const status = request.query.get('status');
      return { body: { items: items.filter((c) => status === 'all' || c.status === status) } };
    },
    'POST /api/concerns/:concernId/replies': (request) =>
      answer(request.params.concernId ?? '', (c) => ({
        ...c,
        messages: [...c.messages, { ...hrReply, body: (request.body as { body: string }).body }],
      })),
    'POST /api/concerns/:concernId/resolve': (request) =>
      answer(request.params.concernId ?? '', (c) => ({
        ...c,
        status: 'resolved',
        resolvedAt: '2026-11-22T09:00:00.000Z',
      })),
    ...extra,
  });
}

describe('HR’s concerns inbox', { timeout: 15_000 }, () => {
  it('shows open concerns first, with who raised them, their partner, program and the conversation', async () => {
    const api = hrApi();
    renderApp('/concerns');
    const concern = await screen.findByRole('article', { name: 'Meetings keep being moved' });
    expect(concern).toHaveTextContent('Raised by Lena Park (mentor) · partner Grace Hopper');
    expect(concern).toHaveTextContent('Reverse Mentoring 2026');
    expect(concern).toHaveTextContent('20 Nov 2026');
    expect(concern).toHaveTextContent('Grace has moved our last three meetings at short notice.');
    expect(screen.queryByRole('article', { name: 'Not sure what to prepare' })).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/concerns')[0]?.query.get('status')).toBe('open');
  });

  it('filters by resolved and all', async () => {
    const api = hrApi();
    const { user } = renderApp('/concerns');
    await screen.findByRole('article', { name: 'Meetings keep being moved' });
    await user.click(screen.getByRole('radio', { name: 'Resolved' }));
    const done = await screen.findByRole('article', { name: 'Not sure what to prepare' });
    expect(done).toHaveTextContent('Raised by Omar Haddad (mentee) · partner Sam Okafor');
    expect(within(done).queryByRole('button', { name: /Mark resolved/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Meetings keep being moved' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'All' }));
    expect(await screen.findByRole('article', { name: 'Meetings keep being moved' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Not sure what to prepare' })).toBeInTheDocument();
    expect(api.callsTo('GET /api/concerns').map((call) => call.query.get('status'))).toEqual([
      'open',
      'resolved',
      'all',
    ]);
  });

  it('replies to the person who raised it', async () => {
    const api = hrApi();
    const { user } = renderApp('/concerns');
    const concern = await screen.findByRole('article', { name: 'Meetings keep being moved' });
    await user.type(
      within(concern).getByRole('textbox', { name: 'Reply to Lena' }),
      'Could we talk on Thursday?',
    );
    await user.click(within(concern).getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(within(concern).getAllByTestId('concern-message')).toHaveLength(2));
    const call = api.callsTo('POST /api/concerns/:concernId/replies')[0];
    expect(call?.params.concernId).toBe('con-1');
    expect(call?.body).toEqual({ body: 'Could we talk on Thursday?' });
    expect(call?.headers.get('x-csrf-token')).toBe('csrf-123');
    const reply = within(concern).getAllByTestId('concern-message')[1] as HTMLElement;
    expect(reply).toHaveTextContent('Could we talk on Thursday?');
    expect(within(reply).getByText('HR')).toBeInTheDocument();
    expect(within(concern).getByRole('textbox', { name: 'Reply to Lena' })).toHaveValue('');
  });

  it('marks a concern resolved only after confirming', async () => {
    const api = hrApi();
    const { user } = renderApp('/concerns');
    const concern = await screen.findByRole('article', { name: 'Meetings keep being moved' });
    await user.click(within(concern).getByRole('button', { name: 'Mark resolved…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Mark this concern resolved?' });
    expect(dialog).toHaveTextContent(
      'Lena Park is not emailed, and can still write again, which reopens it.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Keep it open' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST /api/concerns/:concernId/resolve')).toHaveLength(0);

    await user.click(within(concern).getByRole('button', { name: 'Mark resolved…' }));
    dialog = await screen.findByRole('dialog', { name: 'Mark this concern resolved?' });
    await user.click(within(dialog).getByRole('button', { name: 'Mark resolved' }));
    await waitFor(() => expect(api.callsTo('POST /api/concerns/:concernId/resolve')).toHaveLength(1));
    expect(api.callsTo('POST /api/concerns/:concernId/resolve')[0]?.params.concernId).toBe('con-1');
    expect(await screen.findByText('No open concerns')).toBeInTheDocument();
  });

  it('says so calmly when there are no open concerns', async () => {
    hrApi({ 'GET /api/concerns': { body: { items: [] } } });
    renderApp('/concerns');
    expect(await screen.findByText('No open concerns')).toBeInTheDocument();
  });
});
