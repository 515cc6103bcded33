import { aliasedTable, and, arrayContains, asc, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm';
import { assignTopics } from '#core/calendar/topics';
import { type NotificationChoices, resolveChoices } from '#core/notifications/notification-choices';
import { programSettingsSchema } from '#core/programs/program-settings';
import type { DigestPhase } from '#core/reminders/hr-digest';
import type { Db } from '#store/database';
import {
  accounts,
  concerns,
  meetingSeries,
  meetings,
  memberships,
  notificationSettings,
  organisations,
  pairAgreements,
  pairs,
  people,
  programs,
  programSurveys,
  repairRequests,
  surveyRecipients,
  surveyResponses,
} from '#store/schema';

/**
 * What the reminder jobs (issue 7) send about, read for every organisation at once: a job is not a
 * request, so it runs over all tenants, a few set-based queries per run however many pairs there are.
 * Every join matches `org_id` on both sides, so no row ever meets another tenant's. Only running
 * programs (active, midpoint, closing) and active pairs count. Names, addresses, dates and counts
 * only: never notes, concern text, pulses or answers.
 */

export const RUNNING_PHASES = ['active', 'midpoint', 'closing'] as const satisfies readonly DigestPhase[];

export type ReminderPerson = {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
  readonly timeZone: string;
};

type PairContext = {
  readonly pairId: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly programName: string;
  readonly mentor: ReminderPerson;
  readonly mentee: ReminderPerson;
};

const mentor = aliasedTable(people, 'reminder_mentor');
const mentee = aliasedTable(people, 'reminder_mentee');
const person = (p: typeof mentor) => ({ personId: p.id, name: p.name, email: p.email, timeZone: p.timeZone });

const pairContext = {
  pairId: pairs.id,
  orgId: pairs.orgId,
  orgName: organisations.name,
  programName: programs.name,
  mentor: person(mentor),
  mentee: person(mentee),
};

/** How a pair reaches its program, organisation and both people: every join within one tenant. */
const onProgram = and(eq(programs.id, pairs.programId), eq(programs.orgId, pairs.orgId));
const onOrg = eq(organisations.id, pairs.orgId);
const onMentor = and(eq(mentor.id, pairs.mentorPersonId), eq(mentor.orgId, pairs.orgId));
const onMentee = and(eq(mentee.id, pairs.menteePersonId), eq(mentee.orgId, pairs.orgId));

/** Active pairs of running programs. */
const isRunning = and(eq(pairs.status, 'active'), inArray(programs.phase, RUNNING_PHASES));

// ---------------------------------------------------------------------------------------------
// Meeting reminders
// ---------------------------------------------------------------------------------------------

export type UpcomingMeeting = PairContext & {
  readonly meetingId: string;
  readonly startsAt: Date;
  readonly durationMinutes: number;
  readonly mode: 'video' | 'in_person' | 'phone';
  readonly place: string;
  readonly videoUrl: string;
  /** The topic the pair's workspace shows for it: their own choice, else the plan's next one. */
  readonly topicTitle: string | null;
};

/** Scheduled meetings starting in (`after`, `until`], in time order. */
export async function listUpcomingMeetings(
  db: Db,
  window: { readonly after: Date; readonly until: Date },
): Promise<UpcomingMeeting[]> {
  const rows = await db
    .select({
      ...pairContext,
      meetingId: meetings.id,
      startsAt: meetings.startsAt,
      durationMinutes: meetings.durationMinutes,
      schedule: meetingSeries.schedule,
      topicPlan: sql<unknown>`${programs.settings} -> 'topicPlan'`,
    })
    .from(pairs)
    .innerJoin(programs, onProgram)
    .innerJoin(organisations, onOrg)
    .innerJoin(mentor, onMentor)
    .innerJoin(mentee, onMentee)
    .innerJoin(meetings, and(eq(meetings.pairId, pairs.id), eq(meetings.orgId, pairs.orgId)))
    .innerJoin(
      meetingSeries,
      and(eq(meetingSeries.id, meetings.seriesId), eq(meetingSeries.orgId, meetings.orgId)),
    )
    .where(
      and(
        isRunning,
        eq(meetings.status, 'scheduled'),
        gt(meetings.startsAt, window.after),
        lte(meetings.startsAt, window.until),
      ),
    )
    .orderBy(asc(meetings.startsAt), asc(meetings.id));
  const topics = await topicsOf(db, rows);
  return rows.map(({ schedule, topicPlan: _plan, ...row }) => ({
    ...row,
    ...whereAndHow(schedule),
    topicTitle: topics.get(row.meetingId) ?? null,
  }));
}

/**
 * Each meeting's topic as the workspace assigns it, which depends on all the pair's meetings: one
 * query for every pair concerned.
 */
async function topicsOf(
  db: Db,
  rows: readonly { orgId: string; pairId: string; topicPlan: unknown }[],
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const plans = new Map(
    rows.map((r) => [r.pairId, programSettingsSchema.shape.topicPlan.safeParse(r.topicPlan ?? undefined)]),
  );
  const all = await db
    .select({
      id: meetings.id,
      pairId: meetings.pairId,
      status: meetings.status,
      topicIndex: meetings.topicIndex,
      customTopic: meetings.customTopic,
    })
    .from(meetings)
    .where(
      and(
        inArray(meetings.orgId, [...new Set(rows.map((r) => r.orgId))]),
        inArray(meetings.pairId, [...plans.keys()]),
      ),
    )
    .orderBy(asc(meetings.pairId), asc(meetings.startsAt), asc(meetings.originalStart), asc(meetings.id));
  const byPair = groupBy(all, (m) => m.pairId);
  const titles = new Map<string, string>();
  for (const [pairId, list] of byPair) {
    const assigned = assignTopics(
      list.map((m) => ({
        id: m.id,
        cancelled: m.status === 'cancelled',
        planIndex: m.topicIndex,
        customTitle: m.customTopic,
      })),
      plans.get(pairId)?.data ?? [],
    );
    for (const [id, topic] of assigned) if (topic) titles.set(id, topic.title);
  }
  return titles;
}

/** The series' mode and place, read leniently: the stored schedule is the source. */
function whereAndHow(
  schedule: Record<string, unknown>,
): Pick<UpcomingMeeting, 'mode' | 'place' | 'videoUrl'> {
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const mode = schedule.mode === 'in_person' || schedule.mode === 'phone' ? schedule.mode : 'video';
  return { mode, place: text(schedule.place), videoUrl: text(schedule.videoUrl) };
}

// ---------------------------------------------------------------------------------------------
// Kickoff agreement nudges
// ---------------------------------------------------------------------------------------------

export type PendingAgreement = PairContext & {
  readonly startedAt: Date;
  readonly mentorAccepted: boolean;
  readonly menteeAccepted: boolean;
};

/** Pairs started by `startedBy` whose kickoff agreement is not agreed (or not yet opened by anyone). */
export async function listPendingAgreements(db: Db, startedBy: Date): Promise<PendingAgreement[]> {
  return db
    .select({
      ...pairContext,
      startedAt: pairs.startedAt,
      mentorAccepted: sql<boolean>`${pairAgreements.mentorAcceptedAt} is not null`,
      menteeAccepted: sql<boolean>`${pairAgreements.menteeAcceptedAt} is not null`,
    })
    .from(pairs)
    .innerJoin(programs, onProgram)
    .innerJoin(organisations, onOrg)
    .innerJoin(mentor, onMentor)
    .innerJoin(mentee, onMentee)
    .leftJoin(pairAgreements, and(eq(pairAgreements.pairId, pairs.id), eq(pairAgreements.orgId, pairs.orgId)))
    .where(and(isRunning, lte(pairs.startedAt, startedBy), isNull(pairAgreements.agreedAt)))
    .orderBy(asc(pairs.startedAt), asc(pairs.id));
}

// ---------------------------------------------------------------------------------------------
// Quiet pair nudges
// ---------------------------------------------------------------------------------------------

export type PairActivity = PairContext & {
  readonly startedAt: Date;
  /** The latest meeting held or logged that has started by `now`. */
  readonly latestHeld: Date | null;
  /** The first meeting not cancelled, past or future. */
  readonly firstPlanned: Date | null;
};

/**
 * Active pairs whose last activity (the latest meeting held or logged, else the first planned one,
 * else the pair's start: `lastActivity` in #core/reminders/reminder-timing) is at or before `quietSince`.
 */
export async function listQuietPairs(db: Db, now: Date, quietSince: Date): Promise<PairActivity[]> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const activity = db
    .select({
      pairId: meetings.pairId,
      latestHeld:
        sql<Date | null>`max(${meetings.startsAt}) filter (where (${meetings.status} = 'held' or ${meetings.loggedAt} is not null) and ${meetings.startsAt} <= ${at})`
          .mapWith(meetings.startsAt)
          .as('latest_held'),
      firstPlanned:
        sql<Date | null>`min(${meetings.startsAt}) filter (where ${meetings.status} <> 'cancelled')`
          .mapWith(meetings.startsAt)
          .as('first_planned'),
    })
    .from(meetings)
    .innerJoin(pairs, and(eq(pairs.id, meetings.pairId), eq(pairs.orgId, meetings.orgId)))
    .where(eq(pairs.status, 'active'))
    .groupBy(meetings.pairId)
    .as('pair_activity');
  return db
    .select({
      ...pairContext,
      startedAt: pairs.startedAt,
      latestHeld: activity.latestHeld,
      firstPlanned: activity.firstPlanned,
    })
    .from(pairs)
    .innerJoin(programs, onProgram)
    .innerJoin(organisations, onOrg)
    .innerJoin(mentor, onMentor)
    .innerJoin(mentee, onMentee)
    .leftJoin(activity, eq(activity.pairId, pairs.id))
    .where(
      and(
        isRunning,
        sql`coalesce(${activity.latestHeld}, ${activity.firstPlanned}, ${pairs.startedAt}) <= ${quietSince.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(asc(pairs.orgId), asc(pairs.id));
}

// ---------------------------------------------------------------------------------------------
// HR's weekly digest
// ---------------------------------------------------------------------------------------------

export type DigestRecipient = {
  readonly orgId: string;
  readonly orgName: string;
  readonly accountId: string;
  readonly email: string;
  /** Their employee record's name when the membership has one, else the account's. */
  readonly name: string;
  readonly choices: NotificationChoices;
};

/** Every program manager of every organisation, with their choices (enabled accounts only). */
export async function listDigestRecipients(db: Db): Promise<DigestRecipient[]> {
  const rows = await db
    .select({
      orgId: memberships.orgId,
      orgName: organisations.name,
      accountId: accounts.id,
      email: accounts.email,
      name: sql<string>`coalesce(${people.name}, ${accounts.name})`,
      choices: notificationSettings.choices,
    })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .leftJoin(people, and(eq(people.id, memberships.personId), eq(people.orgId, memberships.orgId)))
    .leftJoin(
      notificationSettings,
      and(
        eq(notificationSettings.orgId, memberships.orgId),
        eq(notificationSettings.accountId, memberships.accountId),
      ),
    )
    .where(and(arrayContains(memberships.roles, ['program_manager']), eq(accounts.disabled, false)))
    .orderBy(asc(memberships.orgId), asc(accounts.email));
  return rows.map((r) => ({ ...r, choices: resolveChoices(r.choices) }));
}

export type DigestProgramFigures = {
  readonly orgId: string;
  readonly programId: string;
  readonly name: string;
  readonly phase: DigestPhase;
  readonly openConcerns: number;
  readonly openRepairRequests: number;
  /** Check-in answers first submitted at or after `since`. */
  readonly responsesThisWeek: number;
  /** Surveys open on `today`, in the order they opened. */
  readonly openCheckIns: readonly { title: string; invited: number; responded: number }[];
};

/** Every running program with the counts HR's digest shows; pair health comes from its own use-case. */
export async function listDigestPrograms(
  db: Db,
  at: { readonly since: Date; readonly today: string },
): Promise<DigestProgramFigures[]> {
  const openConcerns = db
    .select({ programId: concerns.programId, count: sql<number>`count(*)::int`.as('concern_count') })
    .from(concerns)
    .where(eq(concerns.status, 'open'))
    .groupBy(concerns.programId)
    .as('open_concerns');
  const openRepairs = db
    .select({ programId: pairs.programId, count: sql<number>`count(*)::int`.as('repair_count') })
    .from(repairRequests)
    .innerJoin(pairs, and(eq(pairs.id, repairRequests.pairId), eq(pairs.orgId, repairRequests.orgId)))
    .where(eq(repairRequests.status, 'open'))
    .groupBy(pairs.programId)
    .as('open_repairs');
  const recent = db
    .select({ programId: programSurveys.programId, count: sql<number>`count(*)::int`.as('response_count') })
    .from(surveyResponses)
    .innerJoin(
      programSurveys,
      and(eq(programSurveys.id, surveyResponses.surveyId), eq(programSurveys.orgId, surveyResponses.orgId)),
    )
    .where(sql`${surveyResponses.submittedAt} >= ${at.since.toISOString()}::timestamptz`)
    .groupBy(programSurveys.programId)
    .as('recent_responses');
  const [rows, checkIns] = await Promise.all([
    db
      .select({
        orgId: programs.orgId,
        programId: programs.id,
        name: programs.name,
        phase: programs.phase,
        openConcerns: sql<number>`coalesce(${openConcerns.count}, 0)::int`,
        openRepairRequests: sql<number>`coalesce(${openRepairs.count}, 0)::int`,
        responsesThisWeek: sql<number>`coalesce(${recent.count}, 0)::int`,
      })
      .from(programs)
      .leftJoin(openConcerns, eq(openConcerns.programId, programs.id))
      .leftJoin(openRepairs, eq(openRepairs.programId, programs.id))
      .leftJoin(recent, eq(recent.programId, programs.id))
      .where(inArray(programs.phase, RUNNING_PHASES))
      .orderBy(asc(programs.orgId), asc(programs.name), asc(programs.id)),
    listOpenCheckIns(db, at.today),
  ]);
  const checkInsOf = groupBy(checkIns, (c) => c.programId);
  return rows.map((row) => ({
    ...row,
    phase: row.phase as DigestPhase,
    openCheckIns: (checkInsOf.get(row.programId) ?? []).map(({ title, invited, responded }) => ({
      title,
      invited,
      responded,
    })),
  }));
}

/** Surveys of running programs open on `today` (opened, not closed, not past `closesOn`), with counts. */
async function listOpenCheckIns(db: Db, today: string) {
  return db
    .select({
      programId: programSurveys.programId,
      title: sql<string>`coalesce(${programSurveys.template} ->> 'title', '')`,
      invited: sql<number>`count(${surveyRecipients.id})::int`,
      responded: sql<number>`(count(${surveyRecipients.id}) filter (where ${surveyRecipients.respondedAt} is not null or ${surveyResponses.id} is not null))::int`,
    })
    .from(programSurveys)
    .innerJoin(
      programs,
      and(eq(programs.id, programSurveys.programId), eq(programs.orgId, programSurveys.orgId)),
    )
    .leftJoin(
      surveyRecipients,
      and(eq(surveyRecipients.surveyId, programSurveys.id), eq(surveyRecipients.orgId, programSurveys.orgId)),
    )
    .leftJoin(
      surveyResponses,
      and(
        eq(surveyResponses.recipientId, surveyRecipients.id),
        eq(surveyResponses.orgId, surveyRecipients.orgId),
      ),
    )
    .where(
      and(
        inArray(programs.phase, RUNNING_PHASES),
        sql`${programSurveys.openedAt} is not null`,
        isNull(programSurveys.closedAt),
        sql`${programSurveys.closesOn} >= ${today}`,
      ),
    )
    .groupBy(programSurveys.id, programSurveys.programId, programSurveys.template, programSurveys.opensOn)
    .orderBy(asc(programSurveys.opensOn), asc(programSurveys.id));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
