import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAST, type EnrollmentWorld, enrollmentWorld } from '#tests/fixtures/enrollment-world';
import type { Session } from '#tests/fixtures/sign-in';

type Pair = {
  id: string;
  status: string;
  explanation: string;
  endedAt: string | null;
  mentor: { name: string };
  mentee: { name: string };
};

let w: EnrollmentWorld;
let hr: Session;
let programs: { id: string; name: string }[];

beforeAll(async () => {
  w = await enrollmentWorld();
  hr = await w.as(CAST.hr);
  programs = (await hr.inject({ method: 'GET', url: '/api/programs' })).json().items;
});
afterAll(() => w.t.close());

const pairsOf = async (name: string) => {
  const id = programs.find((p) => p.name === name)!.id;
  return (await hr.inject({ method: 'GET', url: `/api/programs/${id}/pairs` })).json().items as Pair[];
};
const has = (pairs: Pair[], mentor: string, mentee: string) =>
  pairs.some((p) => p.mentor.name === mentor && p.mentee.name === mentee);

describe('the demo pairs', () => {
  it('gives Reverse Mentoring 2026 ten active pairs from the matcher, the story pairs among them', async () => {
    const pairs = await pairsOf('Reverse Mentoring 2026');
    expect(pairs).toHaveLength(10);
    expect(pairs.every((p) => p.status === 'active' && p.explanation.length > 0)).toBe(true);
    expect(has(pairs, 'Leila Haddad', 'Thomas Whitfield')).toBe(true);
    expect(pairs.find((p) => p.mentee.name === 'Isabel Moreno')?.mentor.name).toBe('Maya Castillo');
    expect(pairs.some((p) => p.explanation.includes('shared with consent'))).toBe(false);
    const runs = (
      await hr.inject({
        method: 'GET',
        url: `/api/programs/${programs.find((p) => p.name === 'Reverse Mentoring 2026')!.id}/match-runs`,
      })
    ).json().items;
    expect(runs).toEqual([expect.objectContaining({ status: 'published', kind: 'initial' })]);
  });

  it('ends the closed pilot’s pairs at its end date, and leaves Operations & Sales for HR to match', async () => {
    const pilot = await pairsOf('Reverse Mentoring Pilot 2025');
    expect(pilot.length).toBeGreaterThan(0);
    expect(pilot.every((p) => p.status === 'ended' && p.endedAt?.startsWith('2025-'))).toBe(true);
    expect(await pairsOf('Reverse Mentoring — Operations & Sales')).toEqual([]);
  });

  it('shows the CFO his match and its reason', async () => {
    const cfo = await w.as(CAST.cfo);
    const items = (await cfo.inject({ method: 'GET', url: '/api/my/pairs' })).json().items;
    expect(items).toEqual([
      expect.objectContaining({
        role: 'mentee',
        partner: expect.objectContaining({ name: 'Leila Haddad' }),
        explanation: expect.stringMatching(/\w/),
      }),
    ]);
  });
});
