import type { Cohort, CohortInput, MeetingMode, PairRef } from '#core/matching/cohort-schema';
import { parseCohort } from '#core/matching/parse-cohort';
import type { Result } from '#core/result';

/** One approved (or wait-listed) enrollment with the person record it belongs to. */
export type EnrollmentForMatching = {
  readonly personId: string;
  readonly side: 'mentor' | 'mentee';
  readonly person: {
    readonly name: string;
    readonly level: number | null;
    readonly department: string;
    readonly location: string;
    readonly timeZone: string;
    readonly managerId: string | null;
  };
  /** Answers by intake question id: skills, availability, meeting_mode, languages … */
  readonly answers: Readonly<Record<string, unknown>>;
  readonly sensitiveAnswers: Readonly<Record<string, unknown>>;
  readonly matchingConsent: boolean;
};

export type CohortFromEnrollmentsInput = {
  readonly program: {
    readonly name: string;
    readonly type: Cohort['program']['type'];
    readonly settings: {
      readonly mentorCapacity: number;
      readonly seniorityGap: number;
      readonly cadence: { readonly minutes: number };
    };
  };
  readonly enrollments: readonly EnrollmentForMatching[];
  /** Manager links of the organisation's people (participants or not). */
  readonly orgChart: readonly { readonly id: string; readonly managerId: string | null }[];
  /** Earlier pairs of these people, in any program. */
  readonly history: readonly PairRef[];
  readonly pins?: readonly PairRef[];
  readonly blocks?: readonly PairRef[];
  /** Mentees each person already mentors in other running programs. */
  readonly concurrentLoad?: readonly { readonly personId: string; readonly mentees: number }[];
  readonly rules?: Readonly<Record<string, unknown>>;
  readonly weights?: Readonly<Record<string, number>>;
};

const SENSITIVE_KEYS = ['generation', 'gender', 'under_represented'] as const;
const UNSAID = new Set(['', 'Prefer not to say']);

const MODES: Readonly<Record<string, MeetingMode[]>> = {
  in_person: ['in-person'],
  video: ['video'],
  either: ['in-person', 'video'],
};

type SkillAnswer = { skill: string; level: number };

function skillsOf(answers: Readonly<Record<string, unknown>>): {
  offered: SkillAnswer[];
  wanted: SkillAnswer[];
} {
  const skills = (answers.skills ?? {}) as { canTeach?: SkillAnswer[]; wantToLearn?: SkillAnswer[] };
  return { offered: skills.canTeach ?? [], wanted: skills.wantToLearn ?? [] };
}

/** Background attributes from the sensitive answers: only with consent, never "prefer not to say". */
function backgroundOf(e: EnrollmentForMatching): Record<string, string> {
  if (!e.matchingConsent) return {};
  const out: Record<string, string> = {};
  for (const key of SENSITIVE_KEYS) {
    const value = e.sensitiveAnswers[key];
    if (typeof value === 'string' && !UNSAID.has(value)) out[key] = value;
  }
  return out;
}

export function languagesOf(text: unknown): string[] {
  if (typeof text !== 'string') return [];
  return [
    ...new Set(
      text
        .split(/[,;/]|\band\b/i)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  ];
}

/**
 * A program's settings and people mapped into the matcher's Cohort: skills both ways, availability,
 * meeting modes ('either' is both), languages from free text, background attributes only with
 * consent, reporting lines from the organisation's manager links, earlier pairs as history.
 */
export function cohortFromEnrollments(input: CohortFromEnrollmentsInput): Result<Cohort> {
  const ids = new Set(input.enrollments.map((e) => e.personId));
  const both = (pair: PairRef) => ids.has(pair.mentorId) && ids.has(pair.menteeId);
  const participants = input.enrollments.map((e) => {
    const { offered, wanted } = skillsOf(e.answers);
    const background = backgroundOf(e);
    const mode = typeof e.answers.meeting_mode === 'string' ? MODES[e.answers.meeting_mode] : undefined;
    return {
      id: e.personId,
      name: e.person.name,
      side: e.side,
      level: e.person.level ?? 0,
      department: e.person.department.trim() || 'Unknown',
      ...(e.person.location.trim() ? { location: e.person.location } : {}),
      timeZone: e.person.timeZone || 'UTC',
      ...(background.generation ? { generation: background.generation } : {}),
      managerId: e.person.managerId,
      skillsOffered: offered,
      skillsWanted: wanted,
      availability: Array.isArray(e.answers.availability) ? e.answers.availability : [],
      ...(mode ? { meetingModes: mode } : {}),
      languages: languagesOf(e.answers.languages),
      background,
      consentsToBackgroundMatching: e.matchingConsent && Object.keys(background).length > 0,
    };
  });
  const cohort: CohortInput = {
    program: {
      name: input.program.name,
      type: input.program.type,
      seniorityGap: input.program.settings.seniorityGap,
      meetingMinutes: input.program.settings.cadence.minutes,
    },
    rules: { defaultCapacity: input.program.settings.mentorCapacity, ...(input.rules ?? {}) },
    weights: { ...(input.weights ?? {}) },
    participants: participants as CohortInput['participants'],
    orgChart: input.orgChart.filter((p) => !ids.has(p.id)).map((p) => ({ id: p.id, managerId: p.managerId })),
    history: input.history.filter(both),
    pins: (input.pins ?? []).filter(both),
    blocks: (input.blocks ?? []).filter(both),
    concurrentLoad: (input.concurrentLoad ?? []).filter((l) => ids.has(l.personId)),
  };
  return parseCohort(cohort);
}
