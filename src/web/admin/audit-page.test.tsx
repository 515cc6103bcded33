import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AuditEvent } from '../api/types';
import { aMe } from '../testing/builders';
import { mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';

function anEvent(index: number, overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: `ev-${index}`,
    action: 'member.roles_changed',
    target: `member:${index}`,
    actorName: 'Ada Lovelace',
    ip: '127.0.0.1',
    createdAt: '2026-11-21T10:00:00.000Z',
    detail: { roles: ['sponsor', 'participant'] },
    ...overrides,
  };
}

describe('audit log', () => {
  it('shows who did what, when, and to what', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/audit': {
        body: {
          items: [anEvent(1), anEvent(2, { actorName: null, action: 'auth.login_failed', detail: {} })],
          total: 2,
        },
      },
    });
    renderApp('/admin/audit');
    await screen.findByText('member:1');
    const rows = within(screen.getByRole('table', { name: 'Audit log' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Ada Lovelace');
    expect(rows[1]).toHaveTextContent('member.roles_changed');
    expect(rows[1]).toHaveTextContent('roles: sponsor, participant');
    expect(rows[1]).toHaveTextContent('127.0.0.1');
    expect(rows[2]).toHaveTextContent('System');
    const download = screen.getByRole('link', { name: 'Download as CSV' });
    expect(download).toHaveAttribute('href', '/api/admin/audit.csv');
    expect(download).toHaveAttribute('download');
    expect(document.title).toBe('Audit log · Counterpart');
  });

  it('pages through events with limit and offset', async () => {
    const api = mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/audit': (request) => {
        const offset = Number(request.query.get('offset'));
        const limit = Number(request.query.get('limit'));
        const all = Array.from({ length: 120 }, (_, index) => anEvent(index, { target: `member:${index}` }));
        return { body: { items: all.slice(offset, offset + limit), total: all.length } };
      },
    });
    const { user, router } = renderApp('/admin/audit');
    expect(await screen.findByText('Showing 1–50 of 120 events')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Page 3' }));
    expect(await screen.findByText('Showing 101–120 of 120 events')).toBeInTheDocument();
    expect(screen.getByText('member:119')).toBeInTheDocument();
    expect(locationOf(router)).toBe('/admin/audit?page=3');
    expect(api.callsTo('GET /api/admin/audit').at(-1)?.query.get('offset')).toBe('100');
  });
});
