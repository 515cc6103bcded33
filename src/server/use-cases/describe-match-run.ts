import type { Participant } from '#core/matching/cohort-schema';
import { pairEvaluator } from '#core/pairing/evaluate-pair';
import { proposalUnmatched } from '#core/pairing/proposal-figures';
import { availabilityHours, readRun, runQuality, weightsUsed } from '#core/pairing/run-figures';
import { MEETING_MODES } from '#core/programs/intake-answers';
import { fail, issue, ok, type Result } from '#core/result';
import type { Db } from '#store/database';
import { accountName, listMatchRunChanges, type MatchRunRow, runPeople } from '#store/match-runs-store';

export type PersonCard = {
  id: string;
  name: string;
  title: string;
  department: string;
  level: number | null;
  location: string;
  canTeach: { skill: string; level: number }[];
  wantToLearn: { skill: string; level: number }[];
  availabilityHours: number;
  meetingMode: (typeof MEETING_MODES)[number] | null;
  sensitiveUse: 'used with consent' | 'not used';
};

/**
 * A run as HR reads it on the review board: people as cards (never their sensitive answers, only
 * whether they were used with consent), pairs with scores and reasons, the unmatched with reasons
 * and best candidates, figures for the proposal as it stands, and every change made.
 */
export async function describeMatchRun(db: Db, orgId: string, row: MatchRunRow) {
  const read = readRun(row);
  if (!read.ok) return fail([issue('internal', 'This run could not be read.')]);
  const { cohort, result, proposal } = read.value;
  const records = new Map(
    (
      await runPeople(
        db,
        orgId,
        row.programId,
        cohort.participants.map((p) => p.id),
      )
    ).map((r) => [r.id, r]),
  );
  const card = (participant: Participant): PersonCard => {
    const record = records.get(participant.id);
    const mode = record?.answers?.meeting_mode;
    return {
      id: participant.id,
      name: record?.name ?? participant.name ?? participant.id,
      title: record?.title ?? '',
      department: record?.department ?? participant.department,
      level: record?.level ?? null,
      location: record?.location ?? participant.location ?? '',
      canTeach: participant.skillsOffered,
      wantToLearn: participant.skillsWanted,
      availabilityHours: availabilityHours(participant),
      meetingMode: MEETING_MODES.find((m) => m === mode) ?? null,
      sensitiveUse: participant.consentsToBackgroundMatching ? 'used with consent' : 'not used',
    };
  };
  const cards = new Map(cohort.participants.map((p) => [p.id, card(p)]));
  const cardOf = (id: string) => cards.get(id)!;
  const evaluator = pairEvaluator(cohort);
  const changes = await listMatchRunChanges(db, orgId, row.id);
  return ok({
    id: row.id,
    programId: row.programId,
    kind: row.kind,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdByAccountId ? await accountName(db, row.createdByAccountId) : null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    basedOnRunId: row.basedOnRunId,
    weights: weightsUsed(cohort),
    rules: { ...cohort.rules },
    pairs: proposal.map((p) => ({
      mentor: cardOf(p.mentorId),
      mentee: cardOf(p.menteeId),
      score: p.score,
      contributions: [...p.contributions],
      explanation: p.explanation,
      source: p.source,
      pinned: p.pinned,
      warnings: [...p.warnings],
    })),
    unmatched: proposalUnmatched(result, proposal, evaluator).map((u) => ({
      person: cardOf(u.personId),
      side: u.side,
      reason: u.reason,
      message: u.message,
      bestCandidates: u.bestCandidates.map((c) => ({
        person: cardOf(c.personId),
        score: c.score,
        explanation: c.explanation,
        blockedBy: c.blockedBy,
      })),
    })),
    quality: runQuality(cohort, result, proposal),
    dataProblems: result.dataProblems.map((p) => ({ message: p.message })),
    changes: changes.map((c) => ({ ...c, createdAt: c.createdAt.toISOString() })),
  });
}

export type MatchRunView = Extract<Awaited<ReturnType<typeof describeMatchRun>>, { ok: true }>['value'];

export const runNotFound = <T>(): Result<T> => fail([issue('not_found', 'That match run was not found.')]);
