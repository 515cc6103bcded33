import { measureEngagement } from '#core/impact/engagement';
import { learningExchange } from '#core/impact/learning-exchange';
import { diversityOfParticipation, type DiversityParticipant } from '#core/impact/diversity';
import { objectiveResults } from '#core/impact/objective-results';
import { type ParticipantJourney, participationFunnel } from '#core/impact/participation-funnel';
import { addMonths } from '#core/programs/calendar-dates';
import { defaultIntakeForm } from '#core/programs/default-intake-form';
import type { ProgramDiversity, ProgramImpact, RetentionGroupView, SponsoredProgram } from './impact-types';

const NOW = new Date('2026-12-01T00:00:00Z');
const matched = new Date('2026-09-10T00:00:00Z');

/** Six pairs, of whom only two mentees held a meeting (too few to show), built by the core itself. */
export function anImpact(
  journeys: ParticipantJourney[],
  overrides: Partial<ProgramImpact> = {},
): ProgramImpact {
  return {
    program: {
      id: 'prg-1',
      name: 'Reverse Mentoring 2026',
      phase: 'active',
      startDate: '2026-09-01',
      endDate: '2027-03-01',
    },
    audience: 'hr',
    minGroupSize: 5,
    asOf: '2026-12-01',
    funnel: { now: participationFunnel(journeys, { asOf: NOW, minGroupSize: 5 }), byMonth: [] },
    engagement: measureEngagement([], { now: NOW, minGroupSize: 5 }),
    learning: learningExchange(
      Array.from({ length: 6 }, (_, i) => ({
        skill: 'AI tools',
        taughtBy: 'mentor' as const,
        learnerId: `m${i}`,
        lessons: 1,
      })),
      { minGroupSize: 5 },
    ),
    objectives: objectiveResults(
      [
        { text: 'Pairs keep meeting', metric: 'meetings_held', comparator: '>=', target: 50, unit: '%' },
        { text: 'Leaders feel confident', metric: 'free words', comparator: '>=', target: 80, unit: '%' },
      ],
      [{ status: 'measured', value: 75, unit: '%' }, null],
    ),
    retention: {
      participants: aRetentionGroup('2026-09-01', [1, 1, 0.9, 0.9]),
      comparison: aRetentionGroup('2026-09-01', null),
    },
    ...overrides,
  };
}

/**
 * A group's retention as the server sends it: everyone's survival at each month from `start`, or the
 * group hidden as too small (`null`). The per-side figures are hidden; only the curve matters here.
 */
export function aRetentionGroup(start: string, monthly: (number | null)[] | null): RetentionGroupView {
  const small = {
    suppressed: true as const,
    reason: 'small_group' as const,
    message: 'Hidden: fewer than 5 people are behind this figure, so they could be recognised.',
  };
  const day = (date: string) => Math.round((Date.parse(date) - Date.parse(start)) / 86_400_000);
  return {
    overall:
      monthly === null
        ? small
        : {
            suppressed: false,
            people: 12,
            left: 1,
            horizons: [],
            monthly: monthly.map((survival, month) => {
              const date = addMonths(start, month);
              return { month, date, day: day(date), survival };
            }),
          },
    bySide: { mentor: small, mentee: small },
  };
}

/** Diversity of participation computed by the core from the default intake form's questions. */
export function aDiversity(participants: DiversityParticipant[]): ProgramDiversity {
  return {
    program: { id: 'prg-1', name: 'Reverse Mentoring 2026' },
    audience: 'hr',
    minGroupSize: 5,
    questions: diversityOfParticipation(defaultIntakeForm(), participants, { minGroupSize: 5 }),
  };
}
const active = new Date('2026-09-20T00:00:00Z');
/** Six mentors who held a meeting; six mentees matched, of whom two held one. */
export const journeys: ParticipantJourney[] = [
  ...Array.from({ length: 6 }, (_, i) => ({
    personId: `a${i}`,
    side: 'mentor' as const,
    reached: { active },
  })),
  ...Array.from({ length: 6 }, (_, i) => ({
    personId: `b${i}`,
    side: 'mentee' as const,
    reached: i < 2 ? { active } : { matched },
  })),
];

export function aSponsoredProgram(overrides: Partial<SponsoredProgram> = {}): SponsoredProgram {
  return {
    id: 'prg-1',
    name: 'Reverse Mentoring 2026',
    phase: 'active',
    startDate: '2026-09-01',
    endDate: '2027-03-01',
    ...overrides,
  };
}
