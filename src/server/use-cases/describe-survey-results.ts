import { ok, type Result } from '#core/result';
import { aggregateSurvey, type SurveyAggregate } from '#core/surveys/aggregate-survey';
import { aggregateChange, type ChangeAggregate } from '#core/surveys/before-after-change';
import { DEFAULT_MIN_GROUP_SIZE } from '#core/surveys/suppression';
import { programNotFound } from '#server/use-cases/program-input';
import { type ProgramSurvey, surveyNotFound, toProgramSurvey } from '#server/use-cases/program-survey-view';
import type { Db } from '#store/database';
import { getOrganisation } from '#store/organisations-store';
import { getProgramRow } from '#store/programs-store';
import { getProgramSurvey, listProgramSurveys, listSurveyResponses } from '#store/surveys-store';

export type SurveyResults = {
  survey: ProgramSurvey;
  responseRate: { invited: number; responded: number };
  aggregate: SurveyAggregate;
  /** The final review only: before/after on its paired questions, against the kickoff answers. */
  change: ChangeAggregate[] | null;
};

/**
 * A check-in's results for HR: totals and averages for groups of at least the organisation's minimum,
 * written answers only where their authors ticked that HR may read them, never a name. Individual
 * answers are read here to be aggregated and go no further.
 */
export async function describeSurveyResults(
  db: Db,
  orgId: string,
  programId: string,
  surveyId: string,
  now: Date,
): Promise<Result<SurveyResults>> {
  if (!(await getProgramRow(db, orgId, programId))) return programNotFound();
  const survey = await getProgramSurvey(db, orgId, programId, surveyId);
  if (!survey) return surveyNotFound();
  const minGroupSize = (await getOrganisation(db, orgId))?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  const responses = await listSurveyResponses(db, orgId, surveyId);
  const aggregate = aggregateSurvey(survey.template, responses, { audience: 'hr', minGroupSize });
  let change: ChangeAggregate[] | null = null;
  if (survey.timing === 'final') {
    const kickoff = (await listProgramSurveys(db, orgId, programId)).find((s) => s.timing === 'kickoff');
    change = kickoff
      ? aggregateChange(
          {
            before: kickoff.template,
            beforeResponses: await listSurveyResponses(db, orgId, kickoff.id),
            after: survey.template,
            afterResponses: responses,
          },
          { minGroupSize },
        )
      : [];
  }
  return ok({
    survey: toProgramSurvey(survey, now),
    responseRate: { invited: survey.invited, responded: survey.responded },
    aggregate,
    change,
  });
}
