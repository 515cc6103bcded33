import { type ProgramSettings, programSettingsSchema } from '#core/programs/program-settings';
import type { Phase } from '#core/programs/program-phase';
import { ok, type Result } from '#core/result';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import {
  type Agreement,
  agreementDefaults,
  agreementView,
  canTeachFrom,
} from '#server/use-cases/agreement-view';
import { loadOwnPair, type OwnPair } from '#server/use-cases/load-own-pair';
import { type AgreementRow, ensureAgreement } from '#store/agreements-store';
import type { Db } from '#store/database';
import { findEnrollmentOfPerson } from '#store/enrollments-store';
import { meetingCounts } from '#store/meeting-series-store';
import { getPerson } from '#store/people-store';

export type Workspace = {
  pair: { id: string; status: 'active' | 'paused' | 'ended'; role: 'mentor' | 'mentee'; startedAt: string };
  partner: { name: string; title: string; department: string; location: string; timeZone: string };
  me: { timeZone: string };
  program: {
    id: string;
    name: string;
    phase: Phase;
    startDate: string;
    endDate: string;
    topicPlan: { title: string; guide: string }[];
    resources: { title: string; url: string; description: string }[];
  };
  agreement: Agreement;
  skills: { mentorCanTeach: string[]; menteeCanTeach: string[] };
  counts: { held: number; planned: number; missed: number };
};

export function settingsOf(own: OwnPair): ProgramSettings {
  return programSettingsSchema.parse(own.program.settings);
}

/** The pair's agreement, created with the program's and the intake's defaults on first read. */
export async function loadAgreement(
  deps: AppDeps,
  own: OwnPair,
  db: Db = deps.database.db,
): Promise<AgreementRow> {
  const { orgId, id: pairId, programId, mentorPersonId, menteePersonId } = own.pair;
  return ensureAgreement(db, orgId, pairId, async () => {
    const [mentorEnrollment, menteeEnrollment, mentee] = await Promise.all([
      findEnrollmentOfPerson(db, orgId, programId, mentorPersonId),
      findEnrollmentOfPerson(db, orgId, programId, menteePersonId),
      getPerson(db, orgId, menteePersonId),
    ]);
    return agreementDefaults({
      settings: settingsOf(own),
      programStart: own.program.startDate,
      menteeTimeZone: mentee?.timeZone ?? 'UTC',
      now: deps.now(),
      mentorAnswers: mentorEnrollment?.answers,
      menteeAnswers: menteeEnrollment?.answers,
    });
  });
}

/** Everything the pair's workspace page shows at once; 404 unless the caller is one of the two. */
export async function describeWorkspace(
  deps: AppDeps,
  caller: Caller,
  pairId: string,
): Promise<Result<Workspace>> {
  const { db } = deps.database;
  const loaded = await loadOwnPair(db, caller, pairId);
  if (!loaded.ok) return loaded;
  const own = loaded.value;
  const { orgId, programId, mentorPersonId, menteePersonId } = own.pair;
  const [agreement, me, partner, mentorEnrollment, menteeEnrollment, counts] = await Promise.all([
    loadAgreement(deps, own),
    getPerson(db, orgId, own.personId),
    getPerson(db, orgId, own.partnerPersonId),
    findEnrollmentOfPerson(db, orgId, programId, mentorPersonId),
    findEnrollmentOfPerson(db, orgId, programId, menteePersonId),
    meetingCounts(db, orgId, own.pair.id, deps.now()),
  ]);
  const settings = settingsOf(own);
  return ok({
    pair: {
      id: own.pair.id,
      status: own.pair.status,
      role: own.role,
      startedAt: own.pair.startedAt.toISOString(),
    },
    partner: {
      name: partner?.name ?? '',
      title: partner?.title ?? '',
      department: partner?.department ?? '',
      location: partner?.location ?? '',
      timeZone: partner?.timeZone ?? 'UTC',
    },
    me: { timeZone: me?.timeZone ?? 'UTC' },
    program: {
      id: own.program.id,
      name: own.program.name,
      phase: own.program.phase,
      startDate: own.program.startDate,
      endDate: own.program.endDate,
      topicPlan: settings.topicPlan.map((t) => ({ title: t.title, guide: t.guide })),
      resources: settings.resources.map((r) => ({ title: r.title, url: r.url, description: r.description })),
    },
    agreement: agreementView(agreement, own.role),
    skills: {
      mentorCanTeach: canTeachFrom(mentorEnrollment?.answers),
      menteeCanTeach: canTeachFrom(menteeEnrollment?.answers),
    },
    counts,
  });
}
