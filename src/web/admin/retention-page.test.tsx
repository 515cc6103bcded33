import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { apiError, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';

describe('data retention settings', () => {
  it('shows the period, refuses a value out of range by its field, and saves a good one', async () => {
    const api = mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/retention': { body: { retentionMonths: 24 } },
      'PUT /api/admin/retention': (request) => ({ body: request.body }),
    });
    const { user } = renderApp('/admin/retention');
    const input = await screen.findByLabelText(/Keep personal content for/);
    expect(input).toHaveValue('24');
    await user.clear(input);
    await user.type(input, '4');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('At least 6 months.')).toBeInTheDocument();
    expect(api.callsTo('PUT /api/admin/retention')).toHaveLength(0);
    await user.clear(input);
    await user.type(input, '36');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved.');
    expect(api.callsTo('PUT /api/admin/retention')[0]!.body).toEqual({ retentionMonths: 36 });
  });

  it("shows the server's field problem under the field", async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/admin/retention': { body: { retentionMonths: 24 } },
      'PUT /api/admin/retention': apiError(400, 'validation', 'At most 120 months.', [
        { code: 'too_big', path: ['retentionMonths'], message: 'At most 120 months.' },
      ]),
    });
    const { user } = renderApp('/admin/retention');
    await screen.findByLabelText(/Keep personal content for/);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('At most 120 months.')).toBeInTheDocument();
  });
});
