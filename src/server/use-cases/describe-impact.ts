import type { Role } from '#core/access/roles';
import { type Engagement, measureEngagement } from '#core/impact/engagement';
import { measure } from '#core/impact/impact-measures';
import { type LearningExchange, learningExchange } from '#core/impact/learning-exchange';
import { type MonthlySurvival, monthlySurvival } from '#core/impact/monthly-survival';
import { type ObjectiveResult, objectiveResults } from '#core/impact/objective-results';
import {
  type FunnelPeriod,
  type FunnelStageFigure,
  funnelOverTime,
  participationFunnel,
} from '#core/impact/participation-funnel';
import { startOfDay } from '#core/impact/report-periods';
import {
  compareRetention,
  type RetentionFigures,
  type RetentionGroup,
} from '#core/impact/retention-comparison';
import type { Phase } from '#core/programs/program-phase';
import { programSettingsSchema } from '#core/programs/program-settings';
import { ok, type Result } from '#core/result';
import type { BySide } from '#core/surveys/aggregate-survey';
import { aggregateChange, type ChangeAggregate } from '#core/surveys/before-after-change';
import { DEFAULT_MIN_GROUP_SIZE, type Figure } from '#core/surveys/suppression';
import { programNotFound } from '#server/use-cases/program-input';
import type { Db } from '#store/database';
import {
  listPairEngagement,
  listParticipantJourneys,
  listProgramLessons,
  listRetentionRecords,
} from '#store/impact-store';
import { getOrganisation } from '#store/organisations-store';
import { getProgramRow, type ProgramRow } from '#store/programs-store';
import { listProgramSurveys, listSurveyResponses } from '#store/surveys-store';

export type ImpactAudience = 'hr' | 'sponsor';
/** Retention without the Kaplan–Meier steps: a step is a day on which someone left. */
type RetentionWithoutCurve = Omit<RetentionFigures, 'curve'>;
/**
 * A group's retention; for everyone also the curve to draw, sampled once a month from the program's
 * start up to the as-of day (monthly-survival.ts), never its steps.
 */
type RetentionGroupWithoutCurve = {
  overall: Figure<RetentionWithoutCurve & { monthly: MonthlySurvival[] }>;
  bySide: BySide<RetentionWithoutCurve>;
};

export type ProgramImpact = {
  program: { id: string; name: string; phase: Phase; startDate: string; endDate: string };
  audience: ImpactAudience;
  minGroupSize: number;
  /** The calendar day (UTC) the figures are taken on. */
  asOf: string;
  funnel: { now: FunnelStageFigure[]; byMonth: FunnelPeriod[] };
  engagement: Engagement;
  learning: LearningExchange;
  /** Before/after on the final review's paired questions, against the kickoff answers. */
  changes: ChangeAggregate[];
  retention: { participants: RetentionGroupWithoutCurve; comparison: RetentionGroupWithoutCurve };
  objectives: ObjectiveResult[];
};

export type ImpactCaller = {
  readonly orgId: string;
  readonly roles: readonly Role[];
  readonly personId: string | null;
};

/**
 * HR sees every program; a sponsor only the programs they sponsor (any other answers 404). Shared by
 * every impact use-case, so they all answer the same callers.
 */
export function audienceOf(caller: ImpactCaller, program: ProgramRow): ImpactAudience | null {
  if (caller.roles.includes('program_manager') || caller.roles.includes('org_admin')) return 'hr';
  const sponsors = caller.personId !== null && program.sponsorPersonId === caller.personId;
  return caller.roles.includes('sponsor') && sponsors ? 'sponsor' : null;
}

async function surveyChanges(db: Db, orgId: string, programId: string, minGroupSize: number) {
  const surveys = await listProgramSurveys(db, orgId, programId);
  const kickoff = surveys.find((s) => s.timing === 'kickoff');
  const final = surveys.find((s) => s.timing === 'final');
  if (!kickoff || !final) return [];
  const [beforeResponses, afterResponses] = await Promise.all([
    listSurveyResponses(db, orgId, kickoff.id),
    listSurveyResponses(db, orgId, final.id),
  ]);
  return aggregateChange(
    { before: kickoff.template, beforeResponses, after: final.template, afterResponses },
    { minGroupSize },
  );
}

const summary = (figure: Figure<RetentionFigures>): Figure<RetentionWithoutCurve> => {
  if (figure.suppressed) return figure;
  const { curve: _curve, ...rest } = figure;
  return rest;
};
const withMonthly = (figure: Figure<RetentionFigures>, period: { start: string; asOf: string }) => {
  if (figure.suppressed) return figure;
  const { curve, ...rest } = figure;
  return { ...rest, monthly: monthlySurvival(curve, period) };
};
const summaryGroup = (
  group: RetentionGroup,
  period: { start: string; asOf: string },
): RetentionGroupWithoutCurve => ({
  overall: withMonthly(group.overall, period),
  bySide: { mentor: summary(group.bySide.mentor), mentee: summary(group.bySide.mentee) },
});

/**
 * A program's impact (issue 8) for HR or its sponsor: the participation funnel now and month by month
 * from the start, engagement, what each side learned, before/after changes, retention against
 * comparable colleagues, and the objectives against their measures. Every figure goes through the
 * core's small-group suppression at the organisation's minimum; the audiences see the same aggregates.
 * Counts, shares and skill names only: no person's name and no participant's words.
 */
export async function describeImpact(
  db: Db,
  caller: ImpactCaller,
  programId: string,
  now: Date,
): Promise<Result<ProgramImpact>> {
  const { orgId } = caller;
  const program = await getProgramRow(db, orgId, programId);
  const audience = program ? audienceOf(caller, program) : null;
  if (!program || !audience) return programNotFound();
  const minGroupSize = (await getOrganisation(db, orgId))?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const asOf = now.toISOString().slice(0, 10);
  const [journeys, pairs, lessons, changes, employment] = await Promise.all([
    listParticipantJourneys(db, orgId, programId, startOfDay(program.endDate)),
    listPairEngagement(db, orgId, programId, now),
    listProgramLessons(db, orgId, programId),
    surveyChanges(db, orgId, programId, minGroupSize),
    listRetentionRecords(db, orgId, programId),
  ]);
  const funnel = participationFunnel(journeys, { asOf: now, minGroupSize });
  const engagement = measureEngagement(pairs, { now, minGroupSize });
  const retention = compareRetention(
    { programStart: program.startDate, asOf, ...employment },
    { minGroupSize },
  );
  const figures = { funnel, engagement, retention, changes };
  const { objectives } = programSettingsSchema.parse(program.settings);
  return ok({
    program: {
      id: program.id,
      name: program.name,
      phase: program.phase as Phase,
      startDate: program.startDate,
      endDate: program.endDate,
    },
    audience,
    minGroupSize,
    asOf,
    funnel: {
      now: funnel,
      byMonth: funnelOverTime(journeys, { from: program.startDate, to: asOf, unit: 'month', minGroupSize }),
    },
    engagement,
    learning: learningExchange(lessons, { minGroupSize }),
    changes,
    retention: {
      participants: summaryGroup(retention.participants, { start: program.startDate, asOf }),
      comparison: summaryGroup(retention.comparison, { start: program.startDate, asOf }),
    },
    objectives: objectiveResults(
      objectives,
      objectives.map((o) => (o.measure === null ? null : measure(o.measure, figures))),
    ),
  });
}
