import { defaultSurveys } from '#core/surveys/default-surveys';
import type { SurveyTemplate } from '#core/surveys/survey-template';
import { suppressed } from '#core/surveys/suppression';
import type { CheckInDetail, MyCheckIn, ProgramSurvey, SurveyResults } from './check-in-types';

/**
 * Test data for the check-in pages (docs/api/check-ins.md): the product's default surveys, a program
 * "Reverse Mentoring 2026" and Ada (mentee) paired with Lena Park.
 */
const [kickoff, , midpoint, final] = defaultSurveys(5) as [
  SurveyTemplate,
  SurveyTemplate,
  SurveyTemplate,
  SurveyTemplate,
];
export const templates = { kickoff, midpoint, final };

export function aProgramSurvey(overrides: Partial<ProgramSurvey> = {}): ProgramSurvey {
  return {
    id: 'srv-mid',
    key: midpoint.key,
    timing: 'midpoint',
    title: midpoint.title,
    status: 'open',
    opensOn: '2026-12-01',
    closesOn: '2026-12-15',
    openedAt: '2026-12-01T08:05:00.000Z',
    closedAt: null,
    invited: 12,
    responded: 8,
    template: midpoint,
    ...overrides,
  };
}

/** The three surveys of a program in the midpoint phase: kickoff closed, midpoint open, final scheduled. */
export function programSurveys(): ProgramSurvey[] {
  return [
    aProgramSurvey({
      id: 'srv-kick',
      key: kickoff.key,
      timing: 'kickoff',
      title: kickoff.title,
      status: 'closed',
      opensOn: '2026-09-01',
      closesOn: '2026-09-15',
      openedAt: '2026-09-01T08:05:00.000Z',
      closedAt: null,
      invited: 12,
      responded: 11,
      template: kickoff,
    }),
    aProgramSurvey(),
    aProgramSurvey({
      id: 'srv-final',
      key: final.key,
      timing: 'final',
      title: final.title,
      status: 'scheduled',
      opensOn: '2027-02-22',
      closesOn: '2027-03-15',
      openedAt: null,
      closedAt: null,
      invited: 0,
      responded: 0,
      template: final,
    }),
  ];
}

export function aMyCheckIn(overrides: Partial<MyCheckIn> = {}): MyCheckIn {
  return {
    id: 'rcp-1',
    programId: 'prg-1',
    programName: 'Reverse Mentoring 2026',
    title: midpoint.title,
    timing: 'midpoint',
    partnerName: 'Lena Park',
    status: 'open',
    closesOn: '2026-12-15',
    answeredAt: null,
    ...overrides,
  };
}

/** A check-in of the midpoint survey, which every question of is asked of both sides. */
export function aCheckInDetail(overrides: Partial<CheckInDetail> = {}): CheckInDetail {
  return {
    checkIn: aMyCheckIn(),
    intro: midpoint.intro,
    audienceNote: midpoint.audienceNote,
    side: 'mentee',
    questions: midpoint.questions,
    answers: null,
    ...overrides,
  };
}

/** Midpoint results: 8 of 12 answered (5 mentees, 3 mentors), so each mentor figure is hidden. */
export function someResults(overrides: Partial<SurveyResults> = {}): SurveyResults {
  const small = suppressed('small_group', 5);
  const complementary = suppressed('complementary', 5);
  return {
    survey: aProgramSurvey(),
    responseRate: { invited: 12, responded: 8 },
    aggregate: {
      surveyKey: midpoint.key,
      audience: 'hr',
      minGroupSize: 5,
      respondents: {
        overall: { suppressed: false, respondents: 8 },
        bySide: { mentor: small, mentee: { suppressed: false, respondents: 5 } },
      },
      questions: [
        {
          questionId: 'midpoint_going',
          kind: 'likert',
          side: 'both',
          prompt: 'How is the mentoring going so far?',
          overall: {
            suppressed: false,
            respondents: 8,
            answers: 8,
            mean: 3.75,
            distribution: [
              { value: 1, count: 0 },
              { value: 2, count: 1 },
              { value: 3, count: 2 },
              { value: 4, count: 3 },
              { value: 5, count: 2 },
            ],
            nps: null,
          },
          bySide: { mentor: small, mentee: complementary },
        },
        {
          questionId: 'midpoint_frequency',
          kind: 'single_choice',
          side: 'both',
          prompt: 'How often are you meeting?',
          overall: {
            suppressed: false,
            respondents: 7,
            answers: 7,
            options: [
              { option: 'Not often enough', count: 2 },
              { option: 'About right', count: 5 },
              { option: 'Too often', count: 0 },
            ],
          },
          bySide: { mentor: small, mentee: complementary },
        },
        {
          questionId: 'midpoint_learned',
          kind: 'long_text',
          side: 'both',
          prompt: 'What have you learned from your partner so far?',
          overall: {
            suppressed: false,
            respondents: 6,
            texts: ['How the board weighs a decision.', 'Shortcuts in our reporting tool.'],
          },
          bySide: null,
        },
        {
          questionId: 'midpoint_support',
          kind: 'long_text',
          side: 'both',
          prompt: 'Is there anything that would help your mentoring work better?',
          overall: small,
          bySide: null,
        },
      ],
    },
    change: null,
    ...overrides,
  };
}
