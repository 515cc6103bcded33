import { answersAreOpen, nextPhases, type Phase } from '#core/programs/program-phase';
import { programSettingsSchema } from '#core/programs/program-settings';
import type { IntakeForm } from '#core/programs/intake-form';
import type { Db } from '#store/database';
import { ENROLLMENT_STATUS_LIST, type EnrollmentState } from '#core/programs/enrollment-rules';
import { getProgramDetail, type ProgramDetail } from '#store/programs-store';

type Counts = Record<EnrollmentState, number>;

/** The program as the API shows it (settings, form, where it can go next, its history and counts); undefined when not found. */
export async function describeProgram(db: Db, orgId: string, programId: string) {
  const detail = await getProgramDetail(db, orgId, programId);
  return detail && programView(detail);
}

function programView({
  program: row,
  transitions,
  counts: counted,
  sponsor,
  clonedFrom: source,
}: ProgramDetail) {
  const empty = (): Counts => Object.fromEntries(ENROLLMENT_STATUS_LIST.map((s) => [s, 0])) as Counts;
  const counts = { mentor: empty(), mentee: empty() };
  for (const c of counted ?? []) counts[c.side][c.status] = c.count;
  const phase = row.phase as Phase;
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    phase,
    startDate: row.startDate,
    endDate: row.endDate,
    midpointDate: row.midpointDate,
    sponsor: sponsor ? { id: sponsor.id, name: sponsor.name, title: sponsor.title } : null,
    // Through the schema, so settings stored before a key was added read with that key's default.
    settings: programSettingsSchema.parse(row.settings),
    intakeForm: row.intakeForm as IntakeForm,
    nextPhases: nextPhases(phase),
    answersOpen: answersAreOpen(phase),
    transitions: (transitions ?? []).map((t) => ({
      fromPhase: t.fromPhase as Phase | null,
      toPhase: t.toPhase as Phase,
      actorName: t.actorName,
      reason: t.reason,
      createdAt: new Date(t.createdAt).toISOString(),
    })),
    clonedFrom: source ? { id: source.id, name: source.name } : null,
    counts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type ProgramView = ReturnType<typeof programView>;
