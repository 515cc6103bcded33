import type { QuestionAggregate, SurveyAggregate } from '#core/surveys/aggregate-survey';
import type { ChangeAggregate } from '#core/surveys/before-after-change';
import type { AnswerValue, SurveyAnswers, TextAnswer } from '#core/surveys/survey-answers';
import type { CampaignTiming, SurveyStatus } from '#core/surveys/survey-schedule';
import type { RespondentSide, SurveyQuestion, SurveyTemplate } from '#core/surveys/survey-template';

/** The shapes of docs/api/check-ins.md (issue 7), as the web app reads them. */
export type {
  AnswerValue,
  CampaignTiming,
  ChangeAggregate,
  QuestionAggregate,
  RespondentSide,
  SurveyAggregate,
  SurveyAnswers,
  SurveyQuestion,
  SurveyStatus,
  SurveyTemplate,
  TextAnswer,
};

export interface ProgramSurvey {
  id: string;
  key: string;
  timing: CampaignTiming;
  title: string;
  status: SurveyStatus;
  /** 'YYYY-MM-DD'. */
  opensOn: string;
  closesOn: string;
  openedAt: string | null;
  closedAt: string | null;
  invited: number;
  responded: number;
  template: SurveyTemplate;
}

export interface SurveyResults {
  survey: ProgramSurvey;
  responseRate: { invited: number; responded: number };
  aggregate: SurveyAggregate;
  /** The final review only: before/after against the kickoff survey. */
  change: ChangeAggregate[] | null;
}

export interface SurveyDatesInput {
  opensOn?: string;
  closesOn?: string;
}

export interface MyCheckIn {
  /** The survey_recipients id. */
  id: string;
  programId: string;
  programName: string;
  title: string;
  timing: CampaignTiming;
  partnerName: string;
  status: SurveyStatus;
  closesOn: string;
  answeredAt: string | null;
}

export interface CheckInDetail {
  checkIn: MyCheckIn;
  intro: string;
  audienceNote: string;
  side: RespondentSide;
  questions: SurveyQuestion[];
  answers: SurveyAnswers | null;
}
