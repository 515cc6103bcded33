import { defaultIntakeForm } from '#core/programs/default-intake-form';
import { defaultSettings } from '#core/programs/program-defaults';
import { programSettingsSchema } from '#core/programs/program-settings';
import type { SkillsAnswer } from '#core/programs/intake-answers';
import type { Db } from '#store/database';
import { type DemoProgram, demoPrograms, phaseOf } from '#store/demo/demo-programs';
import { consentRecords, enrollments, skills } from '#store/schema';
import { insertProgram, recordTransition } from '#store/programs-store';

const DAY = 86_400_000;
const at = (isoDate: string) => new Date(`${isoDate}T09:00:00Z`);

/**
 * The demo's programs, one per phase (issue 4): their settings, history, enrollments with answers,
 * consent records, and the skills people named, so every screen has something true to show.
 */
export async function seedDemoPrograms(
  db: Db,
  orgId: string,
  personIdOf: (key: string) => string,
  accountIdOf: (personKey: string) => string | null,
): Promise<void> {
  const skillNames = new Map<string, string>();
  for (const program of demoPrograms) {
    const row = await insertProgram(db, orgId, {
      name: program.name,
      type: program.type,
      phase: phaseOf(program),
      sponsorPersonId: personIdOf(program.sponsorKey),
      startDate: program.startDate,
      endDate: program.endDate,
      midpointDate: program.midpointDate,
      settings: programSettingsSchema.parse({ ...defaultSettings(program.type), ...program.settings }),
      intakeForm: defaultIntakeForm(),
    });
    await seedHistory(db, orgId, row.id, program, accountIdOf);
    const openedOn = program.transitions[0]?.on ?? program.startDate;
    for (const e of program.enrollments) {
      const answered = Object.keys(e.answers).length > 0;
      const submittedAt = answered ? new Date(at(openedOn).getTime() + 3 * DAY) : null;
      const decided = ['approved', 'waitlisted', 'declined'].includes(e.status);
      const [enrollment] = await db
        .insert(enrollments)
        .values({
          orgId,
          programId: row.id,
          personId: personIdOf(e.personKey),
          side: e.side,
          status: e.status,
          answers: { ...e.answers },
          sensitiveAnswers: { ...e.sensitiveAnswers },
          matchingConsent: e.matchingConsent,
          nominatedByAccountId: e.nominatedByKey ? accountIdOf(e.nominatedByKey) : null,
          nominationNote: e.nominationNote ?? '',
          decidedByAccountId: decided ? accountIdOf('hr-program-manager') : null,
          decidedAt: decided && submittedAt ? new Date(submittedAt.getTime() + 4 * DAY) : null,
          submittedAt,
          withdrawnAt: e.status === 'withdrawn' ? new Date(at(openedOn).getTime() + 6 * DAY) : null,
          createdAt: at(openedOn),
        })
        .returning({ id: enrollments.id });
      if (e.matchingConsent && submittedAt) {
        await db.insert(consentRecords).values({
          orgId,
          enrollmentId: enrollment!.id,
          purpose: 'matching',
          granted: true,
          createdAt: submittedAt,
        });
      }
      const named = e.answers.skills as SkillsAnswer | undefined;
      for (const s of [...(named?.canTeach ?? []), ...(named?.wantToLearn ?? [])])
        skillNames.set(s.skill.toLowerCase(), s.skill);
    }
  }
  if (skillNames.size > 0)
    await db.insert(skills).values([...skillNames.values()].map((name) => ({ orgId, name })));
}

async function seedHistory(
  db: Db,
  orgId: string,
  programId: string,
  program: DemoProgram,
  accountIdOf: (personKey: string) => string | null,
) {
  const first = program.transitions[0]?.on ?? program.startDate;
  const createdOn = new Date(at(first).getTime() - 14 * DAY);
  const actor = accountIdOf('hr-program-manager');
  await recordTransition(db, {
    orgId,
    programId,
    fromPhase: null,
    toPhase: 'draft',
    actorAccountId: actor,
    createdAt: createdOn,
  });
  let from = 'draft';
  for (const t of program.transitions) {
    await recordTransition(db, {
      orgId,
      programId,
      fromPhase: from,
      toPhase: t.to,
      actorAccountId: accountIdOf(t.byKey),
      reason: t.reason ?? '',
      createdAt: at(t.on),
    });
    from = t.to;
  }
}
