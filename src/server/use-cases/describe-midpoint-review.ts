import type { Phase } from '#core/programs/program-phase';
import type { ProgramSettings } from '#core/programs/program-settings';
import { ok, type Result } from '#core/result';
import { listProgramSurveys } from '#server/use-cases/list-program-surveys';
import { programNotFound } from '#server/use-cases/program-input';
import type { ProgramSurvey } from '#server/use-cases/program-survey-view';
import {
  type PairHealthItem,
  type ProgramPairHealth,
  rateProgramPairs,
} from '#server/use-cases/rate-program-pairs';
import type { Db } from '#store/database';
import { listAnsweredSides, listPairReviews, type ReviewDecision } from '#store/pair-reviews-store';
import { listRepairRequests } from '#store/pairs-store';
import { getProgramRow } from '#store/programs-store';

export type CheckInAnswered = { mentorAnswered: boolean; menteeAnswered: boolean };

export type ReviewPair = PairHealthItem & {
  /** The midpoint check-in: who answered, never what. */
  checkIn: CheckInAnswered;
  openRepairRequests: number;
  decision: null | { decision: ReviewDecision; note: string; decidedAt: string; decidedBy: string };
};

export type MidpointReview = {
  program: {
    id: string;
    name: string;
    phase: Phase;
    startDate: string;
    midpointDate: string;
    endDate: string;
  };
  health: ProgramPairHealth;
  /** One per active or paused pair, worst health first. */
  pairs: ReviewPair[];
  midpointSurvey: ProgramSurvey | null;
  /** Open ones, newest first. */
  repairRequests: {
    id: string;
    pairId: string;
    requestedBy: { id: string; name: string };
    reason: string;
    createdAt: string;
  }[];
  resources: { index: number; title: string; url: string; description: string }[];
};

/**
 * The program's midpoint check-in (the program gets its surveys on first look), and which side of
 * each pair answered it.
 */
async function midpointCheckIn(db: Db, orgId: string, programId: string, now: Date) {
  const surveys = await listProgramSurveys(db, orgId, programId, now);
  const midpoint = surveys.ok ? (surveys.value.items.find((s) => s.timing === 'midpoint') ?? null) : null;
  const answered = new Map<string, CheckInAnswered>();
  for (const { pairId, side } of midpoint ? await listAnsweredSides(db, orgId, midpoint.id) : []) {
    const entry = answered.get(pairId) ?? { mentorAnswered: false, menteeAnswered: false };
    entry[side === 'mentor' ? 'mentorAnswered' : 'menteeAnswered'] = true;
    answered.set(pairId, entry);
  }
  return { survey: midpoint, answered };
}

/**
 * Everything HR needs at the midpoint review (issue 7) in one read: each live pair's health with its
 * reasons, whether each side answered the midpoint check-in (never what), open re-pair requests, HR's
 * decision so far, and the program's resources to send. Counts, reasons and HR's own words only.
 */
export async function describeMidpointReview(
  db: Db,
  orgId: string,
  programId: string,
  now: Date,
): Promise<Result<MidpointReview>> {
  const program = await getProgramRow(db, orgId, programId);
  if (!program) return programNotFound();
  const health = await rateProgramPairs(db, orgId, programId, now);
  if (!health.ok) return health;
  const [checkIn, reviews, requests] = await Promise.all([
    midpointCheckIn(db, orgId, programId, now),
    listPairReviews(db, orgId, programId),
    listRepairRequests(db, orgId, programId),
  ]);
  const open = requests.filter((r) => r.status === 'open');
  const decisions = new Map(reviews.map((r) => [r.pairId, r]));
  const pairs = health.value.items.map((item): ReviewPair => {
    const review = decisions.get(item.pairId);
    return {
      ...item,
      checkIn: checkIn.answered.get(item.pairId) ?? { mentorAnswered: false, menteeAnswered: false },
      openRepairRequests: open.filter((r) => r.pairId === item.pairId).length,
      decision: review
        ? {
            decision: review.decision,
            note: review.note,
            decidedAt: review.decidedAt.toISOString(),
            decidedBy: review.decidedBy,
          }
        : null,
    };
  });
  const settings = program.settings as ProgramSettings;
  return ok({
    program: {
      id: program.id,
      name: program.name,
      phase: program.phase as Phase,
      startDate: program.startDate,
      midpointDate: program.midpointDate,
      endDate: program.endDate,
    },
    health: health.value,
    pairs,
    midpointSurvey: checkIn.survey,
    repairRequests: open.map(({ status: _status, createdAt, ...r }) => ({
      ...r,
      createdAt: createdAt.toISOString(),
    })),
    resources: (settings.resources ?? []).map((r, index) => ({
      index,
      title: r.title,
      url: r.url,
      description: r.description,
    })),
  });
}
