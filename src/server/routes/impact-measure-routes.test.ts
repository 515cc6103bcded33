import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session } from '#tests/fixtures/sign-in';
import { type WorkspaceApp, workspaceApp } from '#tests/fixtures/workspace-builders';

type Choice = { key: string; label: string; unit: string };
const objective = (measure: string | null) => ({
  text: 'Leaders feel more confident with digital tools',
  metric: 'leaders reporting higher digital confidence',
  comparator: '>=',
  target: 80,
  unit: '%',
  measure,
});

describe('what objectives can be measured by', () => {
  let w: WorkspaceApp;
  let hr: Session;
  const measures = (id: string) => `/api/programs/${id}/impact/measures`;
  const create = (settings: Record<string, unknown>) =>
    hr.inject({
      method: 'POST',
      url: '/api/programs',
      payload: {
        name: 'Measured cohort',
        type: 'reverse',
        sponsorPersonId: null,
        startDate: '2027-01-11',
        settings,
      },
    });

  beforeAll(async () => {
    w = await workspaceApp({ slug: 'impact-measures' });
    hr = await w.as('hr');
  });
  afterAll(() => w.t.close());

  it('lists the fixed measures and one before/after pair per paired question of the program’s surveys', async () => {
    const created = await create({});
    expect(created.statusCode, created.body).toBe(201);
    const response = await hr.inject({ method: 'GET', url: measures(created.json().id) });
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as Choice[];
    expect(items).toContainEqual({
      key: 'meetings_held',
      label: 'Planned meetings that were held',
      unit: '%',
    });
    expect(items).toContainEqual({
      key: 'improved:final_digital_confidence',
      label: 'Rated higher at the end: “How confident are you using digital tools in your everyday work?”',
      unit: '%',
    });
    // The workspace's program has no surveys: no before/after measure.
    const bare = (await hr.inject({ method: 'GET', url: measures(w.programId) })).json().items as Choice[];
    expect(bare.map((c) => c.key)).toContain('still_employed:mentor:12');
    expect(bare.some((c) => c.key.startsWith('improved:'))).toBe(false);
  });

  it('keeps a known measure and refuses an unknown one at its field', async () => {
    const saved = await create({
      objectives: [objective('improved:final_digital_confidence'), objective(null)],
    });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json().settings.objectives.map((o: { measure: unknown }) => o.measure)).toEqual([
      'improved:final_digital_confidence',
      null,
    ]);
    const refused = await create({ objectives: [objective(null), objective('leaders feel confident')] });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.issues).toEqual([
      {
        code: 'unknown_measure',
        path: ['settings', 'objectives', '1', 'measure'],
        message: 'Pick the measure from the list.',
      },
    ]);
  });

  it('is for HR only, and only for their own organisation’s programs', async () => {
    for (const who of ['sponsor', 'mentor'] as const) {
      const response = await (await w.as(who)).inject({ method: 'GET', url: measures(w.programId) });
      expect(response.statusCode, who).toBe(403);
    }
    expect(
      (await (await w.as('admin')).inject({ method: 'GET', url: measures(w.programId) })).statusCode,
    ).toBe(200);
    const stranger = await (await w.as('otherTenant')).inject({ method: 'GET', url: measures(w.programId) });
    expect(stranger.statusCode).toBe(404);
    expect((await hr.inject({ method: 'GET', url: measures('no-such-program') })).statusCode).toBe(404);
  });
});
