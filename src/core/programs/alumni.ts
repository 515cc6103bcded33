import { type CertificateProgram, completedProgram } from '#core/impact/certificate-eligibility';
import type { Side } from '#core/programs/intake-form';

/**
 * Alumni a new cohort may invite (issue 8, "Celebration and continuation"): people who completed an
 * earlier cohort — the certificate's rule (#core/impact/certificate-eligibility): the cohort is closed
 * and one of their pairs lasted to its end — who still work here and are not yet in the new program.
 * Each comes back on the side they took in the newest earlier cohort they completed.
 */
export type EarlierCohort = CertificateProgram & { readonly id: string; readonly name: string };

export type EarlierPair = {
  readonly pairId: string;
  readonly programId: string;
  readonly mentorId: string;
  readonly menteeId: string;
  readonly endedAt: Date | null;
};

export type AlumniPerson = {
  readonly id: string;
  readonly name: string;
  readonly employmentStatus: string;
};

export type Alumnus = {
  readonly personId: string;
  readonly name: string;
  readonly side: Side;
  /** The newest earlier cohort they completed. */
  readonly cohort: { readonly id: string; readonly name: string };
};

export type AlumniInput = {
  /** Newest first (see earlierCohorts). */
  readonly cohorts: readonly EarlierCohort[];
  readonly pairs: readonly EarlierPair[];
  readonly people: readonly AlumniPerson[];
  /** People with any enrollment in the new program (invited, applied, declined, withdrawn …). */
  readonly inProgram: ReadonlySet<string>;
};

export function alumniOf(input: AlumniInput): Alumnus[] {
  const people = new Map(input.people.map((p) => [p.id, p]));
  const found = new Map<string, Alumnus>();
  for (const cohort of input.cohorts) {
    const own = new Map<string, { pairId: string; side: Side; endedAt: Date | null }[]>();
    for (const pair of input.pairs) {
      if (pair.programId !== cohort.id) continue;
      for (const [personId, side] of [
        [pair.mentorId, 'mentor'],
        [pair.menteeId, 'mentee'],
      ] as const) {
        own.set(personId, [
          ...(own.get(personId) ?? []),
          { pairId: pair.pairId, side, endedAt: pair.endedAt },
        ]);
      }
    }
    for (const [personId, pairs] of own) {
      if (found.has(personId) || input.inProgram.has(personId)) continue;
      const person = people.get(personId);
      if (!person || person.employmentStatus === 'left') continue;
      if (!completedProgram(cohort, pairs)) continue;
      const lasted = pairs.find((p) => completedProgram(cohort, [p]))!;
      found.set(personId, {
        personId,
        name: person.name,
        side: lasted.side,
        cohort: { id: cohort.id, name: cohort.name },
      });
    }
  }
  const order = (side: Side) => (side === 'mentor' ? 0 : 1);
  return [...found.values()].sort(
    (a, b) =>
      order(a.side) - order(b.side) || a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId),
  );
}

/** How many alumni come back on each side. */
export function alumniBySide(alumni: readonly Alumnus[]): Record<Side, number> {
  const counts: Record<Side, number> = { mentor: 0, mentee: 0 };
  for (const a of alumni) counts[a.side] += 1;
  return counts;
}
