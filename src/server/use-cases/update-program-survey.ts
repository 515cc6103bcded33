import { todayIn } from '#core/programs/calendar-dates';
import { fail, type Issue, issue, ok, type Result } from '#core/result';
import { checkSurveyDates, surveyStatus } from '#core/surveys/survey-schedule';
import { checkSurveySet, type SurveyTemplate } from '#core/surveys/survey-template';
import type { AppDeps } from '#server/app-deps';
import type { Caller } from '#server/auth/authenticate';
import { programNotFound } from '#server/use-cases/program-input';
import { type ProgramSurvey, surveyNotFound, toProgramSurvey } from '#server/use-cases/program-survey-view';
import { recordAudit } from '#store/audit-store';
import type { Db } from '#store/database';
import { getProgramRow } from '#store/programs-store';
import {
  getProgramSurvey,
  listProgramSurveys,
  type SurveyWithCounts,
  updateSurveyRow,
} from '#store/surveys-store';

export type SurveyChange = {
  readonly opensOn?: string | undefined;
  readonly closesOn?: string | undefined;
  readonly template?: SurveyTemplate | undefined;
};

const sameTemplate = (a: SurveyTemplate, b: SurveyTemplate) => JSON.stringify(a) === JSON.stringify(b);

/**
 * HR changes a check-in's dates or questions. Questions and the opening date change only while the
 * survey is scheduled (nobody has seen it yet); the closing date may move while it is open. The
 * edited template keeps its key and timing, and still fits the program's other surveys (before/after
 * questions pair up across them).
 */
export async function updateProgramSurvey(
  deps: AppDeps,
  caller: Caller,
  programId: string,
  surveyId: string,
  change: SurveyChange,
): Promise<Result<ProgramSurvey>> {
  const now = deps.now();
  return deps.database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    if (!(await getProgramRow(db, caller.orgId, programId))) return programNotFound();
    const survey = await getProgramSurvey(db, caller.orgId, programId, surveyId);
    if (!survey) return surveyNotFound();
    const today = todayIn(now);
    const template =
      change.template && !sameTemplate(change.template, survey.template) ? change.template : undefined;
    if (template && surveyStatus(survey, today) !== 'scheduled')
      return fail([
        issue('conflict', 'This check-in has already been sent, so its questions can no longer change.', [
          'template',
        ]),
      ]);
    const dates = checkSurveyDates(survey, change, today);
    if (!dates.ok && dates.issues.some((i) => i.code === 'conflict')) return dates;
    const issues = [
      ...(dates.ok ? [] : dates.issues),
      ...(template ? await templateIssues(db, caller.orgId, survey, template) : []),
    ];
    if (!dates.ok || issues.length > 0) return fail(issues);
    await updateSurveyRow(
      db,
      caller.orgId,
      surveyId,
      { ...dates.value, ...(template ? { template } : {}) },
      now,
    );
    await recordAudit(db, {
      orgId: caller.orgId,
      actorAccountId: caller.accountId,
      action: 'survey.updated',
      target: survey.template.title,
      detail: {
        programId,
        surveyId,
        changed: [
          ...(dates.value.opensOn !== survey.opensOn ? ['opensOn'] : []),
          ...(dates.value.closesOn !== survey.closesOn ? ['closesOn'] : []),
          ...(template ? ['template'] : []),
        ],
      },
    });
    const updated = await getProgramSurvey(db, caller.orgId, programId, surveyId);
    return updated ? ok(toProgramSurvey(updated, now)) : surveyNotFound();
  });
}

/** The edited template keeps its key and timing, and fits with the program's other surveys. */
async function templateIssues(
  db: Db,
  orgId: string,
  survey: SurveyWithCounts,
  template: SurveyTemplate,
): Promise<Issue[]> {
  const issues: Issue[] = [];
  if (template.key !== survey.key)
    issues.push(
      issue('fixed', `Keep the key “${survey.key}”: answers and reports refer to it.`, ['template', 'key']),
    );
  if (template.timing !== survey.timing)
    issues.push(
      issue('fixed', `This check-in is sent at the ${survey.timing}; its timing cannot change.`, [
        'template',
        'timing',
      ]),
    );
  if (issues.length > 0) return issues;
  const all = await listProgramSurveys(db, orgId, survey.programId);
  const set = all.map((s) => (s.id === survey.id ? template : s.template));
  const edited = all.findIndex((s) => s.id === survey.id);
  // `not_found` here is a field problem (a question that does not exist), not a missing resource.
  return checkSurveySet(set).map((found) => {
    const i = found.code === 'not_found' ? { ...found, code: 'unknown_question' } : found;
    const [index, ...rest] = i.path;
    if (index === edited) return { ...i, path: ['template', ...rest] };
    const other = set[index as number]?.title ?? 'Another check-in';
    return issue(
      i.code,
      i.code === 'unknown_question'
        ? `“${other}” compares answers with a question this check-in no longer has. Keep that question, or change “${other}” first.`
        : `“${other}”: ${i.message}`,
      ['template'],
    );
  });
}
