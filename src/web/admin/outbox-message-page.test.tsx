import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe, anOutboxItem } from '../testing/builders';
import { mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';

const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nSUMMARY:Mentoring, Ada & Bo\r\nEND:VCALENDAR\r\n';

describe('outbox message', () => {
  it('lists the attachments of a message, each downloadable as the file it was sent as', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/outbox/:id': {
        body: {
          ...anOutboxItem({ subject: 'Your meetings with Bo' }),
          text: 'Hello Ada,',
          html: null,
          attachments: [
            {
              filename: 'invitation.ics',
              contentType: 'text/calendar; charset=utf-8; method=REQUEST',
              content: ics,
            },
          ],
        },
      },
    });
    renderApp('/admin/outbox/mail-1');
    const list = await screen.findByRole('list', { name: 'Attachments' });
    const link = within(list).getByRole('link', { name: 'invitation.ics' });
    expect(link).toHaveAttribute('download', 'invitation.ics');
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('data:text/calendar;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(href.slice(href.indexOf(',') + 1))).toBe(ics);
  });

  it('shows no files row for a message without attachments', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/outbox/:id': {
        body: { ...anOutboxItem(), text: 'Hello', html: null, attachments: [] },
      },
    });
    renderApp('/admin/outbox/mail-1');
    expect(await screen.findByTestId('mail-text')).toHaveTextContent('Hello');
    expect(screen.queryByRole('list', { name: 'Attachments' })).not.toBeInTheDocument();
    expect(screen.queryByText('Files')).not.toBeInTheDocument();
  });
});
