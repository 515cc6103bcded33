import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMyProgram } from '../../programs/program-builders';
import { aMe } from '../../testing/builders';
import { mockApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

const closed = (id: string, certificate: boolean) =>
  aMyProgram({
    program: { ...aMyProgram().program, id, name: `Program ${id}`, phase: 'closed' },
    enrollment: { id: `enr-${id}`, side: 'mentor', status: 'approved', submittedAt: '2026-08-01T09:00:00Z' },
    certificate,
  });

describe('a participant’s certificate on My programs', { timeout: 15_000 }, () => {
  it('offers the certificate of a closed program they completed as a download, and no other', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['participant']) },
      'GET /api/my/programs': { body: { items: [closed('done', true), closed('left', false)] } },
      'GET /api/my/pairs': { body: { items: [] } },
    });
    renderApp('/my/programs');
    const done = await screen.findByTestId('my-program-done');
    const link = within(done).getByRole('link', { name: 'Download your certificate (PDF)' });
    expect(link).toHaveAttribute('href', '/api/my/programs/done/certificate.pdf');
    expect(link).toHaveAttribute('download');
    const left = screen.getByTestId('my-program-left');
    expect(within(left).queryByRole('link', { name: /certificate/ })).toBeNull();
  });
});
