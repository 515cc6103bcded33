import type { Issue } from '#core/result';
import { type Cohort, type MeetingMode, type Participant, weekdays } from './cohort-schema';
import { type ReportingLines, reportingLines } from './reporting-lines';
import { createWeekConverter, referenceMonday, weeklyIntervals } from './time-zones';

/**
 * A participant compiled once for fast pair scoring: normalised skill maps, UTC availability,
 * sets for languages and preferences. Background attributes are kept only with consent.
 */
export type PreparedPerson = {
  readonly id: string;
  readonly source: number;
  /** Position on its side (PreparedCohort.mentors or .mentees), as compiled scoring addresses people. */
  readonly index: number;
  /** Position in the reporting lines (see ReportingLines.relatedAt). */
  readonly orgIndex: number;
  readonly participant: Participant;
  readonly offers: ReadonlyMap<string, number>;
  readonly wants: ReadonlyMap<string, number>;
  /** Weekly availability as merged UTC [start, end) minute pairs. */
  readonly availability: Int32Array;
  readonly modes: ReadonlySet<MeetingMode>;
  readonly languages: ReadonlySet<string>;
  readonly background: Readonly<Record<string, string>> | undefined;
  readonly wouldLike: ReadonlySet<string>;
  readonly pleaseNot: ReadonlySet<string>;
  /** Department, function, location and generation, trimmed and lower-cased (undefined when not given). */
  readonly normalised: {
    readonly department: string;
    readonly function: string | undefined;
    readonly location: string | undefined;
    readonly generation: string | undefined;
  };
};

export type PreparedCohort = {
  readonly cohort: Cohort;
  readonly mentors: readonly PreparedPerson[];
  readonly mentees: readonly PreparedPerson[];
  readonly reportingLines: ReportingLines;
  /** "mentorId\u0000menteeId" keys. */
  readonly history: ReadonlySet<string>;
  readonly blocks: ReadonlySet<string>;
  readonly loadElsewhere: ReadonlyMap<string, number>;
  /** How a normalised skill or language was first written, for explanations. */
  readonly displayName: (key: string) => string;
};

export const pairKey = (mentorId: string, menteeId: string): string => `${mentorId}\u0000${menteeId}`;

function toMinute(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export function prepareCohort(cohort: Cohort): PreparedCohort {
  const names = new Map<string, string>();
  const normalise = (text: string): string => {
    const key = text.trim().toLowerCase();
    if (!names.has(key)) names.set(key, text.trim());
    return key;
  };
  const sourcePath = new Map<string, Issue['path']>();
  cohort.orgChart.forEach((entry, i) => {
    sourcePath.set(entry.id, ['orgChart', i]);
  });
  cohort.participants.forEach((p, i) => {
    sourcePath.set(p.id, ['participants', i]);
  });
  const links = [
    ...cohort.participants.map((p) => ({ id: p.id, managerId: p.managerId })),
    ...cohort.orgChart,
  ];
  const lines = reportingLines(links, (id) => sourcePath.get(id) ?? []);
  const toUtc = createWeekConverter(referenceMonday(cohort.program.referenceWeek));
  const prepare = (participant: Participant, source: number, index: number): PreparedPerson => {
    const skills = (list: Participant['skillsOffered']): Map<string, number> => {
      const map = new Map<string, number>();
      for (const { skill, level } of list) {
        const key = normalise(skill);
        map.set(key, Math.max(level, map.get(key) ?? 0));
      }
      return map;
    };
    const ranges = participant.availability.map((slot) =>
      toUtc(participant.timeZone, {
        day: weekdays.indexOf(slot.day),
        fromMinute: toMinute(slot.from),
        toMinute: toMinute(slot.to),
      }),
    );
    return {
      id: participant.id,
      source,
      index,
      orgIndex: lines.indexOf(participant.id),
      participant,
      offers: skills(participant.skillsOffered),
      wants: skills(participant.skillsWanted),
      availability: weeklyIntervals(ranges),
      modes: new Set(participant.meetingModes),
      languages: new Set(participant.languages.map(normalise)),
      background: participant.consentsToBackgroundMatching ? participant.background : undefined,
      wouldLike: new Set(participant.wouldLike),
      pleaseNot: new Set(participant.pleaseNot),
      normalised: {
        department: participant.department.trim().toLowerCase(),
        function: participant.function?.trim().toLowerCase(),
        location: participant.location?.trim().toLowerCase(),
        generation: participant.generation?.trim().toLowerCase(),
      },
    };
  };
  const mentors: PreparedPerson[] = [];
  const mentees: PreparedPerson[] = [];
  cohort.participants.forEach((participant, source) => {
    const side = participant.side === 'mentor' ? mentors : mentees;
    side.push(prepare(participant, source, side.length));
  });
  const loadElsewhere = new Map<string, number>();
  for (const { personId, mentees: count } of cohort.concurrentLoad) {
    loadElsewhere.set(personId, (loadElsewhere.get(personId) ?? 0) + count);
  }
  return {
    cohort,
    mentors,
    mentees,
    reportingLines: lines,
    history: new Set(cohort.history.map((h) => pairKey(h.mentorId, h.menteeId))),
    blocks: new Set(cohort.blocks.map((b) => pairKey(b.mentorId, b.menteeId))),
    loadElsewhere,
    displayName: (key) => names.get(key) ?? key,
  };
}
