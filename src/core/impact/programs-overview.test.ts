import { describe, expect, it } from 'vitest';
import { measureEngagement, type PairEngagementFacts } from '#core/impact/engagement';
import { type ParticipantJourney, participationFunnel } from '#core/impact/participation-funnel';
import { type OverviewProgramInput, overviewSizes, programsOverview } from '#core/impact/programs-overview';
import type { ObjectiveStatus } from '#core/impact/objective-results';
import type { Figure } from '#core/surveys/suppression';

const NOW = new Date('2026-12-01T10:00:00Z');
const day = (iso: string) => new Date(`${iso}T10:00:00Z`);
const MIN = 5;

/** `n` people of a side matched on 1 October (and a mentee who only applied, never counted). */
const matchedPeople = (prefix: string, side: 'mentor' | 'mentee', n: number): ParticipantJourney[] =>
  Array.from({ length: n }, (_, i) => ({
    personId: `${prefix}-${side}-${i}`,
    side,
    reached: { applied: day('2026-09-01'), matched: day('2026-10-01') },
  }));

/** `n` pairs, each with `planned` past meetings of which the first `held` were held and rated `pulse` by both. */
const pairsOf = (
  prefix: string,
  n: number,
  planned: number,
  held: number,
  pulse = 4,
): PairEngagementFacts[] =>
  Array.from({ length: n }, (_, i) => ({
    pairId: `${prefix}-pair-${i}`,
    mentorId: `${prefix}-mentor-${i}`,
    menteeId: `${prefix}-mentee-${i}`,
    agreed: true,
    goals: [],
    meetings: Array.from({ length: planned }, (_, k) => ({
      startsAt: day(`2026-10-${String(10 + k).padStart(2, '0')}`),
      status: k < held ? ('held' as const) : ('missed' as const),
      mentorPulse: k < held ? pulse : null,
      menteePulse: k < held ? pulse : null,
    })),
  }));

type Spec = {
  mentors: number;
  mentees: number;
  pairs?: PairEngagementFacts[];
  objectives?: ObjectiveStatus[];
  activePairs?: number;
  health?: OverviewProgramInput<object>['health'];
};

/** A program as describe-impact would give it: its figures from the same core, at the minimum of 5. */
function program(name: string, spec: Spec): OverviewProgramInput<{ name: string }> {
  const journeys = [
    ...matchedPeople(name, 'mentor', spec.mentors),
    ...matchedPeople(name, 'mentee', spec.mentees),
  ];
  const pairs = spec.pairs ?? [];
  const funnel = participationFunnel(journeys, { asOf: NOW, minGroupSize: MIN });
  const engagement = measureEngagement(pairs, { now: NOW, minGroupSize: MIN });
  return {
    program: { name },
    shown: {
      matched: funnel.find((s) => s.stage === 'matched')!,
      meetings: engagement.meetings,
      pulse: engagement.pulse.overall,
      objectives: (spec.objectives ?? []).map((status) => ({ status })),
    },
    sizes: overviewSizes(journeys, pairs, NOW),
    activePairs: spec.activePairs ?? 0,
    health: spec.health ?? null,
  };
}

const value = (f: Figure<object>) => (f.suppressed ? f.reason : f);
const people = (f: Figure<{ people: number }>) => (f.suppressed ? f.reason : f.people);

describe('overviewSizes', () => {
  it('counts matched people per side, meetings planned so far and held, and valid pulse ratings', () => {
    const journeys: ParticipantJourney[] = [
      ...matchedPeople('a', 'mentor', 2),
      { personId: 'late', side: 'mentor', reached: { matched: day('2027-01-01') } }, // after now
      { personId: 'x', side: 'mentee', reached: { active: day('2026-10-05') } }, // active implies matched
      { personId: 'y', side: 'mentee', reached: { applied: day('2026-09-01') } },
    ];
    const pairs: PairEngagementFacts[] = [
      {
        pairId: 'p1',
        mentorId: 'm1',
        menteeId: 'e1',
        agreed: true,
        goals: [],
        meetings: [
          { startsAt: day('2026-10-01'), status: 'held', mentorPulse: 5, menteePulse: 3 },
          { startsAt: day('2026-10-15'), status: 'missed', mentorPulse: null, menteePulse: null },
          { startsAt: day('2026-10-29'), status: 'cancelled', mentorPulse: null, menteePulse: null },
          { startsAt: day('2027-01-01'), status: 'scheduled', mentorPulse: null, menteePulse: null },
        ],
      },
      {
        // Same mentor, another mentee: the mentor counts once.
        pairId: 'p2',
        mentorId: 'm1',
        menteeId: 'e2',
        agreed: false,
        goals: [],
        meetings: [{ startsAt: day('2026-11-01'), status: 'held', mentorPulse: 4, menteePulse: 9 }],
      },
      { pairId: 'p3', mentorId: 'm3', menteeId: 'e3', agreed: false, goals: [], meetings: [] },
    ];
    expect(overviewSizes(journeys, pairs, NOW)).toEqual({
      matched: { mentor: 2, mentee: 1 },
      // m1, e1, e2; 3 planned by now (held, missed, held), 2 held.
      meetings: { people: 3, planned: 3, held: 2 },
      // 5 + 3 + 4 (the 9 is not a 1–5 rating): raters m1, e1.
      pulse: { raters: 2, ratings: 3, sum: 12 },
    });
    // The same counts as the Impact tab's engagement core.
    const engagement = measureEngagement(pairs, { now: NOW, minGroupSize: 1 });
    expect(engagement.meetings).toMatchObject({ planned: 3, held: 2 });
    expect(engagement.pulse.overall).toMatchObject({ raters: 2, ratings: 3, mean: 4 });
  });
});

describe('programsOverview', () => {
  it('gives each program its headline figures and adds them up when nothing is hidden', () => {
    const result = programsOverview(
      [
        program('Spring', {
          mentors: 6,
          mentees: 7,
          pairs: pairsOf('s', 6, 4, 3, 4), // 24 planned, 18 held; 36 ratings of 4
          objectives: ['met', 'not_met', 'hidden', 'not_measurable_yet'],
          activePairs: 6,
          health: { healthy: 4, at_risk: 1, inactive: 1, total: 6 },
        }),
        program('Autumn', {
          mentors: 10,
          mentees: 12,
          pairs: pairsOf('a', 10, 2, 1, 5), // 20 planned, 10 held; 20 ratings of 5
          objectives: ['met', 'met'],
          activePairs: 9,
          health: { healthy: 9, at_risk: 0, inactive: 0, total: 9 },
        }),
        program('Next', { mentors: 0, mentees: 0, objectives: ['not_measurable_yet'] }),
      ],
      { minGroupSize: MIN },
    );
    expect(
      result.programs.map((p) => [
        p.name,
        people(p.matched.mentor),
        people(p.matched.mentee),
        value(p.meetings),
        value(p.pulse),
        p.objectives,
      ]),
    ).toEqual([
      [
        'Spring',
        6,
        7,
        { suppressed: false, planned: 24, held: 18, heldPercent: 75 },
        { suppressed: false, ratings: 36, mean: 4 },
        { met: 1, measured: 2, total: 4 },
      ],
      [
        'Autumn',
        10,
        12,
        { suppressed: false, planned: 20, held: 10, heldPercent: 50 },
        { suppressed: false, ratings: 20, mean: 5 },
        { met: 2, measured: 2, total: 2 },
      ],
      ['Next', 0, 0, 'no_answers', 'no_answers', { met: 0, measured: 0, total: 1 }],
    ]);
    expect(result.programs[2]!.health).toBeNull();
    // 28 of 44 held = 63.6…% → 64; pulse (36·4 + 20·5) / 56 = 244 / 56 = 4.357… → 4.36.
    expect(result.totals).toEqual({
      programs: 3,
      matched: { mentor: { suppressed: false, people: 16 }, mentee: { suppressed: false, people: 19 } },
      activePairs: 15,
      meetings: { suppressed: false, planned: 44, held: 28, heldPercent: 64 },
      pulse: { suppressed: false, ratings: 56, mean: 4.36 },
      objectives: { met: 3, measured: 4, total: 7 },
      health: { healthy: 13, at_risk: 1, inactive: 1, total: 15 },
    });
  });

  it('hides a total that would give away one program’s hidden figure by subtraction', () => {
    const result = programsOverview(
      [
        // 3 mentors and 3 mentees: each side hidden (6 in all is shown on its Impact tab).
        program('Pilot', { mentors: 3, mentees: 3, pairs: pairsOf('p', 2, 3, 3) }),
        program('Main', { mentors: 10, mentees: 12, pairs: pairsOf('m', 10, 2, 1) }),
      ],
      { minGroupSize: MIN },
    );
    const [pilot, main] = result.programs;
    expect([people(pilot!.matched.mentor), people(pilot!.matched.mentee)]).toEqual([
      'small_group',
      'small_group',
    ]);
    expect(value(pilot!.meetings)).toBe('small_group');
    expect(value(pilot!.pulse)).toBe('small_group');
    // Main's figures stay as on its Impact tab …
    expect([people(main!.matched.mentor), people(main!.matched.mentee)]).toEqual([10, 12]);
    expect(value(main!.meetings)).toMatchObject({ planned: 20, held: 10 });
    // … so a total of 13 mentors would give Pilot's 3 (13 − 10), and 16 held of 26 planned minus
    // Main's 10 of 20 would give Pilot's 6 of 6: every total is hidden instead.
    expect(result.totals.matched.mentor).toMatchObject({
      suppressed: true,
      reason: 'complementary',
      message: 'Hidden so that a smaller hidden group cannot be worked out by subtraction.',
    });
    expect(value(result.totals.matched.mentee)).toBe('complementary');
    expect(value(result.totals.meetings)).toBe('complementary');
    expect(value(result.totals.pulse)).toBe('complementary');
  });

  it('shows a total when the hidden programs together hold at least the minimum, so neither can be told', () => {
    const result = programsOverview(
      [
        program('Pilot A', { mentors: 3, mentees: 0 }),
        program('Pilot B', { mentors: 4, mentees: 0 }),
        program('Main', { mentors: 10, mentees: 0 }),
      ],
      { minGroupSize: MIN },
    );
    expect(result.programs.map((p) => people(p.matched.mentor))).toEqual(['small_group', 'small_group', 10]);
    // 17 − 10 = 7 is Pilot A and Pilot B together; neither 3 nor 4 can be recovered.
    expect(people(result.totals.matched.mentor)).toBe(17);
    expect(people(result.totals.matched.mentee)).toBe(0);
  });

  it('hides a total when the hidden programs together hold fewer than the minimum', () => {
    const result = programsOverview(
      [
        program('Pilot A', { mentors: 2, mentees: 5 }),
        program('Pilot B', { mentors: 2, mentees: 5 }),
        program('Main', { mentors: 10, mentees: 5 }),
      ],
      { minGroupSize: MIN },
    );
    // 14 − 10 = 4 mentors in the two pilots: fewer than 5, so the total is hidden; and 15 mentees
    // would give the same 4 as everyone on the Impact tabs (7 + 7 + 15) − 15 − Main's 10.
    expect(people(result.totals.matched.mentor)).toBe('complementary');
    expect(people(result.totals.matched.mentee)).toBe('complementary');
  });

  it('protects a side hidden only so that the other side cannot be worked out', () => {
    // Pilot: 3 mentors (hidden), 7 mentees hidden with them, since its 10 in all is shown.
    const pilot = program('Pilot', { mentors: 3, mentees: 7 });
    expect(people(pilot.shown.matched.overall)).toBe(10);
    expect(people(pilot.shown.matched.bySide.mentee)).toBe('complementary');
    const result = programsOverview([pilot, program('Main', { mentors: 10, mentees: 10 })], {
      minGroupSize: MIN,
    });
    // 17 mentees − Main's 10 = Pilot's 7, and Pilot's 10 − 7 = its 3 mentors: the total is hidden.
    expect(people(result.totals.matched.mentee)).toBe('complementary');
    expect(people(result.totals.matched.mentor)).toBe('complementary');
  });

  it('does not show one side’s total when everyone minus it would tell a small group', () => {
    // A: 3 mentors and 7 mentees, B: 1 mentor and 9 mentees: each side hidden, each "everyone" (10)
    // shown on its Impact tab. Mentors across programs are hidden (4 hidden, fewer than 5) …
    const inputs = [
      program('A', { mentors: 3, mentees: 7 }),
      program('B', { mentors: 1, mentees: 9 }),
      program('Main', { mentors: 8, mentees: 9 }),
    ];
    expect(inputs.map((p) => people(p.shown.matched.overall))).toEqual([10, 10, 17]);
    const result = programsOverview(inputs, { minGroupSize: MIN });
    expect(people(result.totals.matched.mentor)).toBe('complementary');
    // … and 25 mentees across programs would give them away: everyone (10 + 10 + 17 = 37) − 25 − Main's
    // 8 mentors = 4 mentors in A and B. So mentees across programs are hidden too.
    expect(people(result.totals.matched.mentee)).toBe('complementary');
  });

  it('never lets a hidden program figure be worked out from the totals, whatever the sizes', () => {
    const shownPeople = (f: Figure<{ people: number }>) => (f.suppressed ? null : f.people);
    const SIZES = [0, 1, 3, 4, 7];
    for (const [a, b, c, d] of SIZES.flatMap((a) =>
      SIZES.flatMap((b) => SIZES.flatMap((c) => SIZES.map((d) => [a, b, c, d] as const))),
    )) {
      const inputs = [
        program('A', { mentors: a, mentees: b }),
        program('B', { mentors: c, mentees: d }),
        program('Main', { mentors: 8, mentees: 9 }),
      ];
      const result = programsOverview(inputs, { minGroupSize: MIN });
      // Everyone across programs is known when every Impact tab shows its "everyone".
      const everyone = inputs.every((p) => !p.shown.matched.overall.suppressed)
        ? inputs.reduce((s, p) => s + (shownPeople(p.shown.matched.overall) ?? 0), 0)
        : null;
      const known = {
        mentor: shownPeople(result.totals.matched.mentor),
        mentee: shownPeople(result.totals.matched.mentee),
      };
      for (const [side, other] of [
        ['mentor', 'mentee'],
        ['mentee', 'mentor'],
      ] as const) {
        // A side's total as shown, or as everyone minus the other side's.
        const otherTotal = known[other];
        const total =
          known[side] ?? (everyone !== null && otherTotal !== null ? everyone - otherTotal : null);
        if (total === null) continue;
        const hiddenSizes = inputs
          .map((p, i) => (result.programs[i]!.matched[side].suppressed ? p.sizes.matched[side] : 0))
          .filter((n) => n > 0);
        const hiddenPeople = hiddenSizes.reduce((s, n) => s + n, 0);
        const shownSum = result.programs.reduce((s, p) => s + (shownPeople(p.matched[side]) ?? 0), 0);
        // What subtraction gives is the hidden programs together: never one alone, never fewer than 5.
        expect(total - shownSum).toBe(hiddenPeople);
        if (hiddenPeople > 0)
          expect(hiddenSizes.length >= 2 && hiddenPeople >= MIN, `${[a, b, c, d]} ${side}`).toBe(true);
      }
    }
  });

  it('hides the total when the Impact tab hides a figure this plan would show', () => {
    const main = program('Main', { mentors: 10, mentees: 10 });
    // Sizes that disagree with what the Impact tab shows: mentors hidden there, 8 here.
    const odd: OverviewProgramInput<{ name: string }> = {
      ...program('Odd', { mentors: 8, mentees: 8 }),
    };
    const hiddenThere = { suppressed: true as const, reason: 'complementary' as const, message: 'Hidden.' };
    const shown = {
      ...odd.shown,
      matched: { ...odd.shown.matched, bySide: { ...odd.shown.matched.bySide, mentor: hiddenThere } },
    };
    const result = programsOverview([{ ...odd, shown }, main], { minGroupSize: MIN });
    expect(result.programs[0]!.matched.mentor).toEqual(hiddenThere);
    // Every total of people matched is hidden: mentees too, so everyone minus them cannot tell.
    expect(people(result.totals.matched.mentor)).toBe('complementary');
    expect(people(result.totals.matched.mentee)).toBe('complementary');
    expect(result.totals.meetings).toMatchObject({ suppressed: true, reason: 'no_answers' });
  });

  it('says there is nothing to count yet with no programs', () => {
    const result = programsOverview([], { minGroupSize: MIN });
    expect(result.programs).toEqual([]);
    expect(result.totals).toMatchObject({
      programs: 0,
      matched: { mentor: { suppressed: false, people: 0 }, mentee: { suppressed: false, people: 0 } },
      meetings: { suppressed: true, reason: 'no_answers', message: 'Nothing to count yet.' },
      pulse: { suppressed: true, reason: 'no_answers' },
      objectives: { met: 0, measured: 0, total: 0 },
      health: { healthy: 0, at_risk: 0, inactive: 0, total: 0 },
    });
  });
});
