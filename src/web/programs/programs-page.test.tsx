import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aMe } from '../testing/builders';
import { mockApi } from '../testing/mock-api';
import { locationOf, renderApp } from '../testing/render-app';
import { aProgram, aProgramSummary, someDefaults } from './program-builders';
import type { ProgramDefaults } from './program-types';

describe('the programs list', () => {
  it('lists programs with phase, sponsor and counts, each linking to the program', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/programs': { body: { items: [aProgramSummary()] } },
    });
    renderApp('/programs');
    expect(await screen.findByRole('heading', { level: 1, name: 'Programs' })).toBeInTheDocument();
    const row = await screen.findByTestId('program-prg-1');
    expect(row).toHaveTextContent('Recruiting');
    expect(row).toHaveTextContent('Maya Chen');
    expect(within(row).getByRole('link', { name: 'Reverse Mentoring 2026' })).toHaveAttribute(
      'href',
      '/programs/prg-1',
    );
    expect(document.title).toBe('Programs · Counterpart');
  });

  it('offers to create the first program when there is none', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/programs': { body: { items: [] } },
    });
    renderApp('/programs');
    expect(await screen.findByText('No programs yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create a program' })).toHaveAttribute('href', '/programs/new');
  });

  it('lets an org admin read programs without offering to create one', async () => {
    mockApi({
      'GET /api/me': { body: aMe(['org_admin']) },
      'GET /api/programs': { body: { items: [aProgramSummary()] } },
    });
    renderApp('/programs');
    await screen.findByTestId('program-prg-1');
    expect(screen.queryByRole('link', { name: 'New program' })).not.toBeInTheDocument();
  });
});

// The whole program form renders in jsdom, which takes a few seconds.
const slow = { timeout: 15_000 };
describe('a new program', { timeout: 60_000 }, () => {
  function newProgramApi() {
    return mockApi({
      'GET /api/me': { body: aMe(['program_manager']) },
      'GET /api/programs/defaults': (request) =>
        ({
          body: someDefaults({
            type: request.query.get('type') as ProgramDefaults['type'],
            startDate: request.query.get('startDate') ?? '',
          }),
        }) as { body: ProgramDefaults },
      'POST /api/programs': { status: 201, body: aProgram({ id: 'prg-new', phase: 'draft' }) },
      'GET /api/programs/:id': {
        body: aProgram({ id: 'prg-new', phase: 'draft', nextPhases: ['recruiting'] }),
      },
      'GET /api/programs': { body: { items: [] } },
    });
  }

  it('is filled in from the defaults, so a name is enough to create it', async () => {
    const api = newProgramApi();
    const { user, router } = renderApp('/programs/new');
    const name = await screen.findByRole('textbox', { name: /^Name/ });
    expect(screen.getByLabelText('Topic 1')).toHaveValue('Kickoff: goals, ground rules and rhythm');
    fireEvent.change(name, { target: { value: 'Reverse Mentoring 2027' } });
    await user.click(screen.getByRole('button', { name: 'Create program' }));
    await waitFor(() => expect(api.callsTo('POST /api/programs')).toHaveLength(1), slow);
    const body = api.callsTo('POST /api/programs')[0]?.body as Record<string, unknown>;
    const start = api.callsTo('GET /api/programs/defaults')[0]?.query.get('startDate') ?? '';
    expect(body).toMatchObject({ name: 'Reverse Mentoring 2027', type: 'reverse', sponsorPersonId: null });
    expect(body.startDate).toBe(start);
    expect(body.endDate).toBe(someDefaults({ startDate: start }).endDate);
    expect((body.settings as { topicPlan: unknown[] }).topicPlan).toHaveLength(8);
    await waitFor(() => expect(locationOf(router)).toBe('/programs/prg-new'), slow);
  });

  it('links an objective to a figure of the impact report, taking its unit, and saves the link', async () => {
    const api = newProgramApi();
    const { user } = renderApp('/programs/new');
    fireEvent.change(await screen.findByRole('textbox', { name: /^Name/ }), {
      target: { value: 'Reverse Mentoring 2027' },
    });
    const first = screen.getByRole('group', { name: 'Objective 1' });
    expect(within(first).getByRole('combobox', { name: 'Measured by, objective 1' })).toHaveValue(
      'Rated higher at the end: “How confident are you using digital tools in your everyday work?”',
    );
    const second = screen.getByRole('group', { name: 'Objective 2' });
    const measuredBy = within(second).getByRole('combobox', { name: 'Measured by, objective 2' });
    await user.click(measuredBy);
    await user.clear(measuredBy);
    await user.type(measuredBy, 'Mentees who completed');
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() => expect(measuredBy).toHaveValue('Mentees who completed the program'));
    expect(within(second).getByRole('combobox', { name: 'Unit' })).toHaveValue('people');
    await user.click(screen.getByRole('button', { name: 'Create program' }));
    await waitFor(() => expect(api.callsTo('POST /api/programs')).toHaveLength(1), slow);
    const body = api.callsTo('POST /api/programs')[0]?.body as { settings: { objectives: unknown[] } };
    expect(body.settings.objectives.map((o) => (o as { measure: string | null }).measure)).toEqual([
      'improved:final_digital_confidence',
      'people:completed:mentee',
      'still_employed:mentor:12',
    ]);
    expect(body.settings.objectives[1]).toMatchObject({ unit: 'people', target: 80 });
  });

  it('moves the end date with the start date until the end is edited', async () => {
    const api = newProgramApi();
    renderApp('/programs/new');
    const start = await screen.findByLabelText(/^Starts on/);
    fireEvent.change(start, { target: { value: '2027-01-04' } });
    await waitFor(() => expect(screen.getByLabelText(/^Ends on/)).toHaveValue('2027-07-04'), slow);
    expect(screen.getByLabelText(/^Midpoint review on/)).toHaveValue('2027-04-04');
    fireEvent.change(screen.getByLabelText(/^Ends on/), { target: { value: '2027-09-30' } });
    fireEvent.change(start, { target: { value: '2027-02-01' } });
    await waitFor(() => expect(screen.getByLabelText(/^Midpoint review on/)).toHaveValue('2027-05-01'), slow);
    expect(screen.getByLabelText(/^Ends on/)).toHaveValue('2027-09-30');
    expect(api.callsTo('GET /api/programs/defaults').map((c) => c.query.get('startDate'))).toContain(
      '2027-02-01',
    );
  });

  it('refuses to create without a name, and marks the field', async () => {
    const api = newProgramApi();
    const { user } = renderApp('/programs/new');
    await screen.findByRole('textbox', { name: /^Name/ });
    await user.click(screen.getByRole('button', { name: 'Create program' }));
    expect(await screen.findByText('Give the program a name.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/programs')).toHaveLength(0);
  });
});
