import { and, eq } from 'drizzle-orm';
import { addDays } from '#core/surveys/survey-schedule';
import type { RespondentSide } from '#core/surveys/survey-template';
import { ensureProgramSurveys } from '#server/use-cases/ensure-program-surveys';
import { type PairStory, storiesOf } from '#server/use-cases/seed-demo-workspace';
import type { Db } from '#store/database';
import { type DemoMood, demoAnswers } from '#store/demo/demo-check-ins';
import { demoPrograms } from '#store/demo/demo-programs';
import { getProgramRow, listProgramSummaries } from '#store/programs-store';
import { pairs, people, sentNotifications, surveyRecipients } from '#store/schema';
import { invitationKey } from '#store/survey-recipients-store';
import {
  listProgramSurveys,
  type SurveyWithCounts,
  saveSurveyResponse,
  updateSurveyRow,
} from '#store/surveys-store';

/** Leila and the CFO have not answered the midpoint check-in yet, so a visitor can (README's tour). */
const ANSWERS_LATER = new Set(['leila.haddad@northwind.example', 'thomas.whitfield@northwind.example']);

type DemoPair = { id: string; mentor: Person; mentee: Person; startedAt: Date };
type Person = { id: string; email: string };

/**
 * The demo's check-ins (issue 7). Every program gets its three surveys. In the running program the
 * kickoff survey is closed and answered, and the midpoint check-in is open: most people answered it,
 * the slipping pair said it is not going well (pair health shows it), the quiet pair and the pair
 * still agreeing its kickoff did not answer, nor did Leila and the CFO. In the closed pilot all three
 * were answered, so its final review shows before/after change. Invitations count as sent, so the
 * invitations job does not email them again.
 */
export async function seedDemoCheckIns(db: Db, orgId: string, now: Date): Promise<void> {
  const today = now.toISOString().slice(0, 10);
  for (const summary of await listProgramSummaries(db, orgId)) {
    const program = (await getProgramRow(db, orgId, summary.id))!;
    await ensureProgramSurveys(db, orgId, program);
    const demo = demoPrograms.find((p) => p.name === program.name);
    if (demo?.key !== 'reverse-mentoring-2026' && demo?.key !== 'reverse-mentoring-pilot-2025') continue;
    const running = demo.key === 'reverse-mentoring-2026';
    const programPairs = await pairsOf(db, orgId, program.id);
    const stories = storiesOf(
      programPairs.map((p) => ({ id: p.id, mentorEmail: p.mentor.email })),
      running,
    );
    for (const survey of await listProgramSurveys(db, orgId, program.id)) {
      if (running && survey.timing === 'final') continue;
      const open = running && survey.timing === 'midpoint';
      const opensOn = survey.opensOn;
      // The midpoint check-in stays open for a while whenever the demo is loaded.
      const closesOn = open && survey.closesOn < addDays(today, 7) ? addDays(today, 10) : survey.closesOn;
      const openedAt = new Date(`${opensOn}T08:00:00Z`);
      await updateSurveyRow(db, orgId, survey.id, { opensOn, closesOn, openedAt }, openedAt);
      await seedSurvey(db, orgId, survey, programPairs, (pair, person) => {
        const story = stories.get(pair.id) ?? 'healthy';
        return answersFor(story, survey.timing, open && ANSWERS_LATER.has(person.email));
      });
    }
  }
}

/** How a person answers a survey, or null when they did not. */
function answersFor(story: PairStory, timing: string, later: boolean): DemoMood | null {
  if (later || story === 'kickoff_pending') return null;
  if (story === 'quiet' && timing !== 'kickoff') return null;
  return story === 'slipping' && timing !== 'kickoff' ? 'struggling' : 'good';
}

async function seedSurvey(
  db: Db,
  orgId: string,
  survey: SurveyWithCounts,
  programPairs: readonly DemoPair[],
  moodOf: (pair: DemoPair, person: Person) => DemoMood | null,
): Promise<void> {
  const invitedAt = new Date(`${survey.opensOn}T08:00:00Z`);
  let index = 0;
  for (const pair of programPairs) {
    for (const [side, person] of [
      ['mentor', pair.mentor],
      ['mentee', pair.mentee],
    ] as [RespondentSide, Person][]) {
      const [recipient] = await db
        .insert(surveyRecipients)
        .values({ orgId, surveyId: survey.id, personId: person.id, pairId: pair.id, side, invitedAt })
        .returning({ id: surveyRecipients.id });
      await db.insert(sentNotifications).values({
        orgId,
        key: invitationKey(survey.id, person.id),
        kind: 'survey_invitation',
        toAddress: person.email,
        createdAt: invitedAt,
      });
      const mood = moodOf(pair, person);
      if (!mood) continue;
      const answeredAt = new Date(invitedAt.getTime() + (1 + (index % 4)) * 86_400_000);
      const answers = demoAnswers(survey.template, side, mood, index++);
      await saveSurveyResponse(
        db,
        orgId,
        { surveyId: survey.id, recipientId: recipient!.id, answers },
        answeredAt,
      );
    }
  }
}

async function pairsOf(db: Db, orgId: string, programId: string): Promise<DemoPair[]> {
  const rows = await db
    .select({
      id: pairs.id,
      startedAt: pairs.startedAt,
      mentorId: pairs.mentorPersonId,
      menteeId: pairs.menteePersonId,
    })
    .from(pairs)
    .where(and(eq(pairs.orgId, orgId), eq(pairs.programId, programId)))
    .orderBy(pairs.startedAt, pairs.id);
  const emails = new Map(
    (await db.select({ id: people.id, email: people.email }).from(people).where(eq(people.orgId, orgId))).map(
      (p) => [p.id, p.email],
    ),
  );
  return rows.map((r) => ({
    id: r.id,
    startedAt: r.startedAt,
    mentor: { id: r.mentorId, email: emails.get(r.mentorId)! },
    mentee: { id: r.menteeId, email: emails.get(r.menteeId)! },
  }));
}
