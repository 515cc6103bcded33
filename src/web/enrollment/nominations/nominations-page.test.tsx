import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FUNNEL_STAGES } from '#core/impact/participation-funnel';
import { aNomination } from '../../programs/program-builders';
import { aMe, aPerson } from '../../testing/builders';
import { mockApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

describe('nominations', () => {
  it('lists my nominees with their status', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['erg_lead']) },
      'GET /api/nominations': { body: { items: [aNomination({ status: 'approved' })] } },
      'GET /api/nominations/programs': { body: { items: [] } },
      'GET /api/my/nominees/impact': { body: { minGroupSize: 5, overall: [], programs: [] } },
    });
    renderApp('/nominations');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nominations' })).toBeInTheDocument();
    const row = await screen.findByTestId('nominee-per-20');
    expect(row).toHaveTextContent('Lena Park');
    expect(row).toHaveTextContent('Approved');
    expect(await screen.findByText(/No program is taking nominations right now/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nominate a junior' })).not.toBeInTheDocument();
  });

  it('nominates a person for a program with a note', async () => {
    let items = [] as ReturnType<typeof aNomination>[];
    const api = mockApi({
      'GET /api/me': { body: aMe(['erg_lead']) },
      'GET /api/nominations': () => ({ body: { items } }),
      'GET /api/nominations/programs': {
        body: { items: [{ id: 'prg-1', name: 'Reverse Mentoring 2026', phase: 'recruiting' }] },
      },
      'GET /api/directory': {
        body: { items: [aPerson({ id: 'per-20', name: 'Lena Park', title: 'Engineer' })], total: 1 },
      },
      'GET /api/my/nominees/impact': { body: { minGroupSize: 5, overall: [], programs: [] } },
      'POST /api/programs/:id/nominations': () => {
        items = [aNomination()];
        return { status: 201, body: {} };
      },
    });
    const { user } = renderApp('/nominations');
    expect(
      await screen.findByText('Juniors you nominate will appear here with their status'),
    ).toBeInTheDocument();
    await user.click((await screen.findAllByRole('button', { name: 'Nominate a junior' }))[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Nominate a junior colleague' });
    await user.click(within(dialog).getByRole('combobox', { name: /^Person/ }));
    await user.click(await screen.findByRole('option', { name: 'Lena Park · Engineer' }));
    await user.type(within(dialog).getByLabelText(/^Note for HR/), 'Leads our AI guild.');
    await user.click(within(dialog).getByRole('button', { name: 'Nominate' }));
    await waitFor(() => expect(api.callsTo('POST /api/programs/:id/nominations')).toHaveLength(1));
    const [call] = api.callsTo('POST /api/programs/:id/nominations');
    expect(call?.path).toBe('/api/programs/prg-1/nominations');
    expect(call?.body).toEqual({ personId: 'per-20', note: 'Leads our AI guild.' });
    expect(await screen.findByTestId('nominee-per-20')).toHaveTextContent('Nominated');
  });

  it('shows how my nominees are doing as counts, with small groups hidden and no names', async () => {
    const hidden = {
      suppressed: true,
      reason: 'small_group',
      message: 'Hidden: fewer than 5 people are behind this figure, so they could be recognised.',
    };
    const funnel = (counts: (number | null)[]) =>
      FUNNEL_STAGES.map((stage, i) => {
        const n = counts[i] ?? null;
        const figure = n === null ? hidden : { suppressed: false, people: n };
        return {
          stage,
          overall: figure,
          bySide: { mentor: figure, mentee: { suppressed: false, people: 0 } },
        };
      });
    mockApi({
      'GET /api/me': { body: aMe(['erg_lead']) },
      'GET /api/nominations': { body: { items: [aNomination()] } },
      'GET /api/nominations/programs': { body: { items: [] } },
      'GET /api/my/nominees/impact': {
        body: {
          minGroupSize: 5,
          overall: funnel([8, 7, 6, 5, 0, 0]),
          programs: [
            {
              id: 'prg-1',
              name: 'Reverse Mentoring 2026',
              phase: 'active',
              funnel: funnel([6, 6, 6, 5, 0, 0]),
            },
            { id: 'prg-2', name: 'Small Cohort', phase: 'recruiting', funnel: funnel([null, 0, 0, 0, 0, 0]) },
          ],
        },
      },
    });
    renderApp('/nominations');
    const section = await screen.findByRole('region', { name: 'How your nominees are doing' });
    expect(section).toHaveTextContent('Counts only; groups smaller than 5 are hidden.');
    const table = within(section).getByRole('table', { name: 'Your nominees by stage' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Stage', 'All programs', 'Reverse Mentoring 2026', 'Small Cohort']);
    const invited = within(table).getByTestId('nominee-stage-invited');
    expect(
      within(invited)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['8', '6', hidden.message]);
    expect(within(table).getByTestId('nominee-stage-matched')).toHaveTextContent(/^Matched55/);
    expect(section).not.toHaveTextContent('Lena Park');
  });
});
