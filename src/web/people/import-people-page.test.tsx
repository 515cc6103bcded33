import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { apiError, type MockRequest, mockApi } from '../testing/mock-api';
import { renderApp } from '../testing/render-app';

const file = () => new File(['email,name\na@x.example,A\n'], 'people.csv', { type: 'text/csv' });
const counts = { created: 12, updated: 40, markedLeft: 3, unchanged: 5 };
const clean = (request: MockRequest) => ({
  body: { dryRun: request.query.get('dryRun') === 'true', counts, issues: [] },
});

describe('import people page', () => {
  it('opens from the People page, explains the columns and offers the template', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/people': { body: { items: [], total: 0 } },
    });
    const { user } = renderApp('/people');
    await user.click(await screen.findByRole('link', { name: 'Import from CSV' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Import people' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'CSV columns' })).getByText('manager_email'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download the template' })).toHaveAttribute(
      'href',
      '/api/people/import/template.csv',
    );
    expect(
      screen.getByRole('checkbox', { name: /Mark people missing from the file as having left/ }),
    ).toBeChecked();
  });

  it('shows the row-level report of a dry run, and no Import button', async () => {
    const api = mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'POST /api/people/import': apiError(
        400,
        'validation',
        'The file has 2 problems. Nothing was imported.',
        [
          { code: 'invalid_email', path: [3, 'email'], message: '"bad" is not a valid email address.' },
          {
            code: 'unknown_manager',
            path: [7, 'manager_email'],
            message: 'Unknown manager "x@y.example" (not in the file or the organisation).',
          },
        ],
      ),
    });
    const { user } = renderApp('/people/import');
    await user.upload(await screen.findByLabelText('Choose a CSV file, or drop it here'), file());
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    const report = await screen.findByRole('table', { name: 'Problems in the file' });
    const rows = within(report).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('3email"bad" is not a valid email address.');
    expect(rows[2]).toHaveTextContent('7manager_emailUnknown manager "x@y.example"');
    expect(screen.getByRole('alert')).toHaveTextContent('The file has 2 problems. Nothing was imported.');
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    const sent = api.callsTo('POST /api/people/import')[0]!;
    expect(sent.query.get('dryRun')).toBe('true');
    expect(sent.headers.get('content-type')).toBe('text/csv');
    expect(sent.headers.get('x-csrf-token')).toBe('csrf-123');
  });

  it('offers Import only after a clean dry run, then confirms the result', async () => {
    const api = mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'POST /api/people/import': clean,
    });
    const { user } = renderApp('/people/import');
    await user.upload(await screen.findByLabelText('Choose a CSV file, or drop it here'), file());
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Mark people missing/ }));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(
      await screen.findByText(/12 new, 40 updated, 3 will be marked as left; 5 unchanged/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Import complete')).toBeInTheDocument();
    expect(screen.getByText('12 added, 40 updated, 3 marked as left; 5 unchanged.')).toBeInTheDocument();
    const calls = api.callsTo('POST /api/people/import');
    expect(calls.map((c) => [c.query.get('dryRun'), c.query.get('markLeavers')])).toEqual([
      ['true', 'false'],
      ['false', 'false'],
    ]);
  });

  it('asks for a new dry run when the file changes', async () => {
    mockApi({ 'GET /api/me': { body: aMe(['program_manager']) }, 'POST /api/people/import': clean });
    const { user } = renderApp('/people/import');
    const input = await screen.findByLabelText('Choose a CSV file, or drop it here');
    await user.upload(input, file());
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(await screen.findByRole('button', { name: 'Import' })).toBeInTheDocument();
    await user.upload(input, new File(['x'], 'other.csv', { type: 'text/csv' }));
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    expect(screen.getByText(/Selected: other.csv/)).toBeInTheDocument();
  });
});
