import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe, anOutboxItem } from '../testing/builders';
import { apiError, mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';

const text = [
  'Hello Sam,',
  '',
  'Ada invited you to Northwind Energy on Counterpart.',
  'Accept the invitation: http://localhost:3000/invitations/abc123.',
  'Questions? See https://counterpart.example/help',
].join('\n');

describe('outbox', () => {
  it('explains that email is kept here when SMTP is not configured', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/outbox': { body: { items: [anOutboxItem()], total: 1 } },
    });
    renderApp('/admin/outbox');
    expect(await screen.findByRole('heading', { level: 1, name: 'Outbox' })).toBeInTheDocument();
    expect(
      screen.getByText(/Email is not configured \(no SMTP_URL\), so messages are kept here/),
    ).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: anOutboxItem().subject })).closest('tr');
    expect(row).toHaveTextContent('sam@northwind.example');
    expect(row).toHaveTextContent('21 Nov 2026');
    expect(row).toHaveTextContent('Kept here');
  });

  it('does not claim email is off when SMTP is configured', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin'], { mailMode: 'smtp' }) },
      'GET /api/admin/outbox': {
        body: { items: [anOutboxItem({ transport: 'smtp', sentAt: '2026-11-21T10:00:01.000Z' })], total: 1 },
      },
    });
    renderApp('/admin/outbox');
    expect(await screen.findByText('Sent')).toBeInTheDocument();
    expect(screen.queryByText(/Email is not configured/)).not.toBeInTheDocument();
  });

  it('shows an empty outbox honestly', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/outbox': { body: { items: [], total: 0 } },
    });
    renderApp('/admin/outbox');
    expect(await screen.findByRole('heading', { name: 'No messages yet' })).toBeInTheDocument();
  });

  it('opens a message as plain text with its links clickable', async () => {
    const api = mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/outbox': { body: { items: [anOutboxItem()], total: 1 } },
      'GET /api/admin/outbox/:id': { body: { ...anOutboxItem(), text, html: null } },
    });
    const { user, router } = renderApp('/admin/outbox');
    await user.click(await screen.findByRole('link', { name: anOutboxItem().subject }));
    expect(
      await screen.findByRole('heading', { level: 1, name: anOutboxItem().subject }),
    ).toBeInTheDocument();
    expect(locationOf(router)).toBe('/admin/outbox/mail-1');
    const body = screen.getByTestId('mail-text');
    expect(body).toHaveTextContent('Hello Sam,');
    expect(
      within(body).getByRole('link', { name: 'http://localhost:3000/invitations/abc123' }),
    ).toHaveAttribute('href', 'http://localhost:3000/invitations/abc123');
    expect(within(body).getByRole('link', { name: 'https://counterpart.example/help' })).toBeInTheDocument();
    expect(body).toHaveTextContent('abc123.');
    expect(api.callsTo('GET /api/admin/outbox/:id')[0]?.path).toBe('/api/admin/outbox/mail-1');
  });

  it('says when a message does not exist', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/outbox/:id': apiError(404, 'not_found', 'Not found.'),
    });
    renderApp('/admin/outbox/nope');
    expect(await screen.findByRole('heading', { level: 1, name: 'Message not found' })).toBeInTheDocument();
  });
});
