import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { apiError, type MockRoutes, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';
import { aConcern, hrReply } from './concern-builders';

function participantApi(extra: MockRoutes = {}) {
  return mockApi({
    'GET /api/me': { body: aMe(['participant']) },
    'GET /api/my/concerns': { body: { items: [aConcern({ messages: [...aConcern().messages, hrReply] })] } },
    ...extra,
  });
}

describe('my concerns', { timeout: 15_000 }, () => {
  it('shows each concern with its status, program and the conversation, HR replies marked', async () => {
    participantApi();
    renderApp('/my/concerns');
    const concern = await screen.findByRole('article', { name: 'Meetings keep being moved' });
    expect(concern).toHaveTextContent('Open');
    expect(concern).toHaveTextContent('Reverse Mentoring 2026');
    const messages = within(concern).getAllByTestId('concern-message');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toHaveTextContent('Grace has moved our last three meetings');
    expect(within(messages[0] as HTMLElement).queryByText('HR')).not.toBeInTheDocument();
    expect(messages[1]).toHaveTextContent('Could we talk on Thursday?');
    expect(within(messages[1] as HTMLElement).getByText('HR')).toBeInTheDocument();
  });

  it('sends a reply to HR and shows the conversation the server answers with', async () => {
    const api = participantApi({
      'POST /api/my/concerns/:concernId/messages': {
        body: aConcern({
          messages: [
            ...aConcern().messages,
            hrReply,
            {
              fromHr: false,
              author: 'Lena Park',
              body: 'Thursday works.',
              createdAt: '2026-11-21T11:00:00.000Z',
            },
          ],
        }),
      },
    });
    const { user } = renderApp('/my/concerns');
    const concern = await screen.findByRole('article', { name: 'Meetings keep being moved' });
    await user.click(within(concern).getByRole('button', { name: 'Send to HR' }));
    expect(within(concern).getByText('Write a message first.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/my/concerns/:concernId/messages')).toHaveLength(0);
    const box = within(concern).getByRole('textbox', { name: 'Write to HR' });
    await user.type(box, '  Thursday works.  ');
    await user.click(within(concern).getByRole('button', { name: 'Send to HR' }));
    await waitFor(() => expect(within(concern).getAllByTestId('concern-message')).toHaveLength(3));
    const call = api.callsTo('POST /api/my/concerns/:concernId/messages')[0];
    expect(call?.params.concernId).toBe('con-1');
    expect(call?.body).toEqual({ body: 'Thursday works.' });
    expect(box).toHaveValue('');
  });

  it('says that writing again reopens a resolved concern, and shows a refusal under the box', async () => {
    participantApi({
      'GET /api/my/concerns': {
        body: { items: [aConcern({ status: 'resolved', resolvedAt: '2026-11-22T09:00:00.000Z' })] },
      },
      'POST /api/my/concerns/:concernId/messages': apiError(400, 'validation', 'Check the message.', [
        { code: 'too_big', path: ['body'], message: 'Keep it under 5000 characters.' },
      ]),
    });
    const { user } = renderApp('/my/concerns');
    const concern = await screen.findByRole('article', { name: 'Meetings keep being moved' });
    expect(concern).toHaveTextContent('Resolved');
    expect(concern).toHaveTextContent('Writing again reopens it.');
    await user.type(within(concern).getByRole('textbox', { name: 'Write to HR' }), 'One more thing.');
    await user.click(within(concern).getByRole('button', { name: 'Send to HR' }));
    expect(await within(concern).findByText('Keep it under 5000 characters.')).toBeInTheDocument();
    expect(within(concern).getByRole('textbox', { name: 'Write to HR' })).toHaveValue('One more thing.');
  });

  it('explains where concerns come from when there are none', async () => {
    participantApi({ 'GET /api/my/concerns': { body: { items: [] } } });
    renderApp('/my/concerns');
    expect(await screen.findByText('You have not raised any concerns')).toBeInTheDocument();
    expect(screen.getByText(/Raise a concern with HR/)).toBeInTheDocument();
  });
});
