import { type Issue, issue } from '#core/result';
import { firstBrokenRule, type PreparedRule } from './hard-rules';
import type { PreparedCohort } from './prepared-cohort';

/**
 * How many mentees each mentor can still take in this cohort: their capacity (default from the
 * rules), cut by the anti-tokenisation cap for junior mentors given their load in concurrent
 * programs, minus HR pins. Pins that break a hard rule, exceed a place or clash are reported and
 * dropped; they are never forced through.
 */
export type MentorPlaces = {
  /** Places before pins, per mentor. */
  readonly capacity: Int32Array;
  /** Places left for the solver, per mentor. */
  readonly left: Int32Array;
  /** Why a mentor has fewer places than their own capacity (tokenisation cap), per mentor. */
  readonly capped: Uint8Array;
  readonly pins: readonly { readonly mentor: number; readonly mentee: number }[];
  readonly pinnedMentee: Uint8Array;
  readonly problems: readonly Issue[];
};

export function mentorPlaces(prepared: PreparedCohort, rules: readonly PreparedRule[]): MentorPlaces {
  const { cohort, mentors, mentees } = prepared;
  const { defaultCapacity, maxConcurrentMentees, juniorLevelMax } = cohort.rules;
  const capacity = new Int32Array(mentors.length);
  const capped = new Uint8Array(mentors.length);
  mentors.forEach((mentor, m) => {
    const own = mentor.participant.capacity ?? defaultCapacity;
    let places = own;
    const junior = juniorLevelMax === undefined || mentor.participant.level <= juniorLevelMax;
    if (maxConcurrentMentees !== undefined && junior) {
      places = Math.min(
        own,
        Math.max(0, maxConcurrentMentees - (prepared.loadElsewhere.get(mentor.id) ?? 0)),
      );
    }
    capacity[m] = places;
    capped[m] = places < own ? 1 : 0;
  });
  const left = capacity.slice();
  const mentorIndex = new Map(mentors.map((p, i) => [p.id, i]));
  const menteeIndex = new Map(mentees.map((p, i) => [p.id, i]));
  const pinnedMentee = new Uint8Array(mentees.length);
  const pins: { mentor: number; mentee: number }[] = [];
  const problems: Issue[] = [];
  cohort.pins.forEach((pin, i) => {
    const m = mentorIndex.get(pin.mentorId);
    const e = menteeIndex.get(pin.menteeId);
    if (m === undefined || e === undefined) return;
    const at = ['pins', i];
    const broken = firstBrokenRule(rules, m, e);
    if (broken >= 0) {
      problems.push(
        issue(
          'pin-breaks-rule',
          `pin ${pin.mentorId} → ${pin.menteeId} dropped: ${rules[broken]!.label}`,
          at,
        ),
      );
    } else if (pinnedMentee[e] === 1) {
      problems.push(
        issue(
          'pin-conflict',
          `pin ${pin.mentorId} → ${pin.menteeId} dropped: ${pin.menteeId} is already pinned`,
          at,
        ),
      );
    } else if (left[m]! <= 0) {
      problems.push(
        issue(
          'pin-over-capacity',
          `pin ${pin.mentorId} → ${pin.menteeId} dropped: ${pin.mentorId} has no place left`,
          at,
        ),
      );
    } else {
      pins.push({ mentor: m, mentee: e });
      pinnedMentee[e] = 1;
      left[m] = left[m]! - 1;
    }
  });
  return { capacity, left, capped, pins, pinnedMentee, problems };
}
