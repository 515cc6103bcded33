import { and, eq, inArray } from 'drizzle-orm';
import { occurrences } from '#core/calendar/cadence';
import type { MeetingSchedule } from '#core/calendar/meeting-schedule';
import { instantToZoned } from '#core/calendar/zoned-time';
import { programSettingsSchema } from '#core/programs/program-settings';
import type { Keys } from '#server/crypto/keys';
import { encryptNote } from '#server/crypto/note-cipher';
import type { Db } from '#store/database';
import { demoPrograms } from '#store/demo/demo-programs';
import { listProgramPairs } from '#store/pairs-store';
import { getProgramRow, listProgramSummaries } from '#store/programs-store';
import {
  concernMessages,
  concerns,
  enrollments,
  goalUpdates,
  meetingLessons,
  meetingSeries,
  meetings,
  pairAgreements,
  pairGoals,
  people,
  privateNotes,
  skills,
} from '#store/schema';
import { addSkills } from '#store/skills-store';

/**
 * How each demo pair has been getting on, so every screen has something true to show: most pairs
 * meet and log, one never finished its kickoff agreement, one is slipping (missed meetings, low
 * pulses, a concern raised with HR) and one went quiet after a good start.
 */
export type PairStory = 'healthy' | 'kickoff_pending' | 'slipping' | 'quiet';

const STORY_MENTOR = 'leila.haddad@northwind.example';

/** A note only Leila can read: the demo's proof that private notes stay private. */
export const DEMO_PRIVATE_NOTE =
  'Thomas lit up when I compared tokenised settlement to the way treasury already nets payments. Next time: a one-page analogy he can take to the board, and ask him how he would pitch my team’s budget.';

type Person = { id: string; name: string; email: string; timeZone: string };
type SkillAnswer = { skill: string; level: number };

/**
 * The pair workspace of the demo's running and closed programs: kickoff agreements, meetings on
 * each pair's cadence with what each side taught, shared notes and pulses, goals with progress, one
 * private note and one open concern. Meetings before `now` are history; later ones are scheduled.
 */
export async function seedDemoWorkspace(db: Db, orgId: string, keys: Keys, now: Date): Promise<void> {
  const summaries = await listProgramSummaries(db, orgId);
  for (const key of ['reverse-mentoring-pilot-2025', 'reverse-mentoring-2026']) {
    const demo = demoPrograms.find((p) => p.key === key)!;
    const program = (await getProgramRow(db, orgId, summaries.find((s) => s.name === demo.name)!.id))!;
    const settings = programSettingsSchema.parse(program.settings);
    const rows = await listProgramPairs(db, orgId, program.id);
    const personIds = rows.flatMap((r) => [r.pair.mentorPersonId, r.pair.menteePersonId]);
    const persons = await peopleById(db, orgId, personIds);
    const answers = await skillAnswers(db, orgId, program.id);
    const skillIdOf = await skillIds(
      db,
      orgId,
      [...answers.values()].flatMap((a) => a.canTeach),
    );
    const stories = storiesOf(
      rows.map((r) => ({ id: r.pair.id, mentorEmail: persons.get(r.pair.mentorPersonId)!.email })),
      key === 'reverse-mentoring-2026',
    );
    for (const [index, row] of rows.entries()) {
      const { pair } = row;
      const mentor = persons.get(pair.mentorPersonId)!;
      const mentee = persons.get(pair.menteePersonId)!;
      const story = stories.get(pair.id) ?? 'healthy';
      const mentorSkills = answers.get(mentor.id) ?? { canTeach: [], wantToLearn: [] };
      const menteeSkills = answers.get(mentee.id) ?? { canTeach: [], wantToLearn: [] };
      const schedule: MeetingSchedule = {
        weekday: 2 + (index % 3),
        time: ['10:00', '14:00', '16:30'][index % 3]!,
        timeZone: mentee.timeZone,
        durationMinutes: settings.cadence.minutes,
        everyWeeks: settings.cadence.everyWeeks,
        // A pair still agreeing its kickoff plans from today; the others started with the program.
        startsOn:
          story === 'kickoff_pending'
            ? latest(program.startDate, instantToZoned(now, mentee.timeZone).date)
            : program.startDate,
        mode: index % 4 === 3 ? 'in_person' : 'video',
        place: index % 4 === 3 ? `${mentee.name.split(' ')[0]}’s office, 4th floor` : '',
        videoUrl:
          index % 4 === 3 ? '' : `https://meet.northwind.example/${slug(mentor.name)}-${slug(mentee.name)}`,
      };
      const accepted = new Date(pair.startedAt.getTime() + 2 * 86_400_000);
      await db.insert(pairAgreements).values({
        pairId: pair.id,
        orgId,
        groundRules: settings.groundRules,
        schedule,
        mentorObjectives: mentorSkills.wantToLearn.slice(0, 2).map((s) => `Learn ${s.skill.toLowerCase()}`),
        menteeObjectives: menteeSkills.wantToLearn.slice(0, 2).map((s) => `Learn ${s.skill.toLowerCase()}`),
        version: story === 'kickoff_pending' ? 2 : 1,
        mentorAcceptedAt: accepted,
        menteeAcceptedAt: story === 'kickoff_pending' ? null : accepted,
        agreedAt: story === 'kickoff_pending' ? null : accepted,
        updatedByPersonId: mentor.id,
        createdAt: pair.startedAt,
        updatedAt: accepted,
      });
      if (story === 'kickoff_pending') continue;

      const [series] = await db
        .insert(meetingSeries)
        .values({
          orgId,
          pairId: pair.id,
          schedule,
          startsOn: program.startDate,
          endsOn: program.endDate,
          createdAt: accepted,
        })
        .returning({ id: meetingSeries.id });
      const starts = occurrences(schedule, program.endDate);
      const past = starts.filter((s) => s < now && s <= (pair.endedAt ?? now));
      const held = (n: number) => heldOrMissed(story, n, past.length);
      const inserted = await db
        .insert(meetings)
        .values(
          starts.map((start, n) => {
            const status = n < past.length ? held(n) : 'scheduled';
            const logged = status === 'held' || status === 'missed';
            const loggedBy = n % 2 === 0 ? mentor : mentee;
            return {
              orgId,
              pairId: pair.id,
              seriesId: series!.id,
              originalStart: start,
              startsAt: start,
              durationMinutes: schedule.durationMinutes,
              status,
              sharedNotes: status === 'held' ? sharedNote(settings.topicPlan[n]?.title, mentor, mentee) : '',
              loggedByPersonId: logged ? loggedBy.id : null,
              loggedAt: logged ? new Date(start.getTime() + 2 * 3_600_000) : null,
              mentorPulse: status === 'held' ? pulse(story, n, 0) : null,
              menteePulse: status === 'held' ? pulse(story, n, 1) : null,
              createdAt: accepted,
            };
          }),
        )
        .returning({ id: meetings.id, status: meetings.status });

      await seedLessons(db, orgId, skillIdOf, inserted, mentorSkills.canTeach, menteeSkills.canTeach);
      await seedGoals(db, orgId, pair.id, story, { mentor, mentee }, mentorSkills, menteeSkills, now);
      if (mentor.email === STORY_MENTOR && !pair.endedAt) {
        const lastHeld = inserted.filter((m) => m.status === 'held').at(-1);
        if (lastHeld) {
          await db.insert(privateNotes).values({
            orgId,
            meetingId: lastHeld.id,
            authorPersonId: mentor.id,
            ciphertext: encryptNote(
              keys.notes,
              { orgId, meetingId: lastHeld.id, authorPersonId: mentor.id },
              DEMO_PRIVATE_NOTE,
            ),
          });
        }
      }
      if (story === 'slipping') {
        const [concern] = await db
          .insert(concerns)
          .values({
            orgId,
            programId: program.id,
            pairId: pair.id,
            raisedByPersonId: mentor.id,
            subject: 'Our meetings keep getting cancelled at short notice',
            createdAt: new Date(now.getTime() - 3 * 86_400_000),
          })
          .returning({ id: concerns.id });
        await db.insert(concernMessages).values({
          orgId,
          concernId: concern!.id,
          fromHr: false,
          body: `${mentee.name.split(' ')[0]} has cancelled our last two meetings an hour before, and I don’t feel I can say so directly. Could you help us find a rhythm that works for their diary?`,
          createdAt: new Date(now.getTime() - 3 * 86_400_000),
        });
      }
    }
  }
}

/** The pair waiting for its kickoff agreement: both have demo logins, so a visitor can finish it. */
const KICKOFF_PENDING_MENTOR = 'diogo.pereira@northwind.example';

export function storiesOf(
  pairs: { id: string; mentorEmail: string }[],
  running: boolean,
): Map<string, PairStory> {
  const stories = new Map<string, PairStory>();
  if (!running) return stories;
  const pending = pairs.find((p) => p.mentorEmail === KICKOFF_PENDING_MENTOR);
  if (pending) stories.set(pending.id, 'kickoff_pending');
  const others = pairs
    .filter((p) => p.mentorEmail !== STORY_MENTOR && p !== pending)
    .sort((a, b) => a.mentorEmail.localeCompare(b.mentorEmail));
  const order: PairStory[] = [...(pending ? [] : ['kickoff_pending' as const]), 'slipping', 'quiet'];
  for (const [i, story] of order.entries()) if (others[i]) stories.set(others[i]!.id, story);
  return stories;
}

/** Which past meetings were held: slipping pairs miss the recent ones, quiet pairs stop logging. */
function heldOrMissed(story: PairStory, n: number, pastCount: number): 'held' | 'missed' | 'scheduled' {
  if (story === 'slipping') return n >= pastCount - 2 || n === 3 ? 'missed' : 'held';
  if (story === 'quiet') return n < 3 ? 'held' : 'scheduled';
  return n === 4 ? 'missed' : 'held';
}

function pulse(story: PairStory, n: number, side: number): number {
  if (story === 'slipping') return 2 + ((n + side) % 2);
  return 4 + ((n + side) % 3 === 0 ? 1 : 0);
}

function sharedNote(topic: string | undefined, mentor: Person, mentee: Person): string {
  const first = (p: Person) => p.name.split(' ')[0];
  return topic
    ? `${topic}. ${first(mentor)} led; ${first(mentee)} asked the questions and shared an example from their own work. Agreed one thing each to try before next time.`
    : `${first(mentor)} and ${first(mentee)} reviewed what they have tried since last time and picked the next thing to learn.`;
}

/** The ids of the skills a program's people can teach (added to the organisation's list), by lower-cased name. */
async function skillIds(db: Db, orgId: string, taught: SkillAnswer[]): Promise<Map<string, string>> {
  await addSkills(
    db,
    orgId,
    taught.map((s) => s.skill),
  );
  const rows = await db
    .select({ id: skills.id, name: skills.name })
    .from(skills)
    .where(eq(skills.orgId, orgId));
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.id]));
}

async function seedLessons(
  db: Db,
  orgId: string,
  idOf: ReadonlyMap<string, string>,
  held: { id: string; status: string }[],
  mentorTeaches: SkillAnswer[],
  menteeTeaches: SkillAnswer[],
) {
  const lessons = held
    .filter((m) => m.status === 'held')
    .flatMap((m, n) => {
      const fromMentor = mentorTeaches[n % Math.max(1, mentorTeaches.length)];
      const fromMentee = menteeTeaches[n % Math.max(1, menteeTeaches.length)];
      return [
        ...(fromMentor ? [{ side: 'mentor' as const, skill: fromMentor.skill }] : []),
        ...(fromMentee ? [{ side: 'mentee' as const, skill: fromMentee.skill }] : []),
      ].map((l) => ({ orgId, meetingId: m.id, taughtBy: l.side, skillId: idOf.get(l.skill.toLowerCase())! }));
    });
  if (lessons.length > 0) await db.insert(meetingLessons).values(lessons).onConflictDoNothing();
}

async function seedGoals(
  db: Db,
  orgId: string,
  pairId: string,
  story: PairStory,
  who: { mentor: Person; mentee: Person },
  mentorSkills: { wantToLearn: SkillAnswer[] },
  menteeSkills: { wantToLearn: SkillAnswer[] },
  now: Date,
) {
  const progress = story === 'healthy' ? [100, 60] : story === 'quiet' ? [20, 0] : [40, 10];
  const goals = [
    {
      side: 'mentee' as const,
      author: who.mentee,
      title: `Use ${(menteeSkills.wantToLearn[0]?.skill ?? 'what I learn').toLowerCase()} in one real decision this quarter`,
      progress: progress[1]!,
    },
    {
      side: 'mentor' as const,
      author: who.mentor,
      title: `Present my team’s work to a leadership audience, with feedback on ${(mentorSkills.wantToLearn[0]?.skill ?? 'how I present').toLowerCase()}`,
      progress: progress[0]!,
    },
  ];
  for (const goal of goals) {
    const [row] = await db
      .insert(pairGoals)
      .values({
        orgId,
        pairId,
        side: goal.side,
        title: goal.title,
        progress: goal.progress,
        completedAt: goal.progress === 100 ? new Date(now.getTime() - 10 * 86_400_000) : null,
        createdByPersonId: goal.author.id,
      })
      .returning({ id: pairGoals.id });
    if (goal.progress > 0) {
      await db.insert(goalUpdates).values({
        orgId,
        goalId: row!.id,
        authorPersonId: goal.author.id,
        progress: goal.progress,
        note:
          goal.progress === 100
            ? 'Done — and it went better than I expected.'
            : 'Started; next step agreed at our last meeting.',
        createdAt: new Date(now.getTime() - 10 * 86_400_000),
      });
    }
  }
}

async function peopleById(db: Db, orgId: string, ids: string[]): Promise<Map<string, Person>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, name: people.name, email: people.email, timeZone: people.timeZone })
    .from(people)
    .where(and(eq(people.orgId, orgId), inArray(people.id, ids)));
  return new Map(rows.map((r) => [r.id, r]));
}

async function skillAnswers(db: Db, orgId: string, programId: string) {
  const rows = await db
    .select({ personId: enrollments.personId, answers: enrollments.answers })
    .from(enrollments)
    .where(and(eq(enrollments.orgId, orgId), eq(enrollments.programId, programId)));
  return new Map(
    rows.map((r) => {
      const s = (r.answers.skills ?? {}) as { canTeach?: SkillAnswer[]; wantToLearn?: SkillAnswer[] };
      return [r.personId, { canTeach: s.canTeach ?? [], wantToLearn: s.wantToLearn ?? [] }];
    }),
  );
}

const latest = (a: string, b: string) => (a > b ? a : b);

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');
