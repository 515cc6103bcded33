import { todayIn } from '#core/programs/calendar-dates';
import { fail, issue, type Result } from '#core/result';
import { type CampaignTiming, type SurveyStatus, surveyStatus } from '#core/surveys/survey-schedule';
import type { SurveyTemplate } from '#core/surveys/survey-template';
import type { SurveyWithCounts } from '#store/surveys-store';

/** A program's check-in survey as HR sees it (docs/api/check-ins.md): no answers, only counts. */
export type ProgramSurvey = {
  id: string;
  key: string;
  timing: CampaignTiming;
  title: string;
  status: SurveyStatus;
  opensOn: string;
  closesOn: string;
  openedAt: string | null;
  closedAt: string | null;
  invited: number;
  responded: number;
  template: SurveyTemplate;
};

export function toProgramSurvey(row: SurveyWithCounts, now: Date): ProgramSurvey {
  return {
    id: row.id,
    key: row.key,
    timing: row.timing,
    title: row.template.title,
    status: surveyStatus(row, todayIn(now)),
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    openedAt: row.openedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    invited: row.invited,
    responded: row.responded,
    template: row.template,
  };
}

export function surveyNotFound(): Result<never> {
  return fail([issue('not_found', 'That check-in was not found.')]);
}
