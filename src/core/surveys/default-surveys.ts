import { DEFAULT_MIN_GROUP_SIZE } from '#core/surveys/suppression';
import {
  type SurveyTemplate,
  type SurveyTemplateInput,
  surveyTemplateSchema,
} from '#core/surveys/survey-template';

/**
 * The reverse-mentoring surveys that ship with the product; HR edits them per program. In reverse
 * mentoring the mentor is the junior colleague and the mentee the senior one. Question ids are stable:
 * stored answers, before/after pairs and pair health refer to them.
 */

/** The "how is it going" questions (1–5) that pair health reads from the latest check-in. */
export const GOING_QUESTION_IDS = ['midpoint_going', 'final_going'] as const;

const whoSees = (min: number) =>
  `Your partner never sees your answers. HR and the program's sponsors see only totals and averages ` +
  `for groups of at least ${min} people, never your name next to an answer. Written answers reach HR ` +
  `only if you tick the box under them, and sponsors never see written answers.`;

function kickoff(min: number): SurveyTemplateInput {
  return {
    key: 'kickoff_expectations',
    title: 'Before you start: your expectations',
    intro:
      'A few questions before your first meeting. At the end of the program we ask some of them again, ' +
      'so you can see what changed. It takes about three minutes.',
    audienceNote: whoSees(min),
    timing: 'kickoff',
    questions: [
      ...BEFORE_AND_AFTER.map(({ id, ...q }) => ({ ...q, id: `kickoff_${id}` })),
      {
        id: 'kickoff_topics',
        kind: 'multiple_choice',
        prompt: 'Which areas would you most like to cover together?',
        help: 'Pick as many as you like.',
        options: [
          'Digital tools and new technology',
          'Social media and online reputation',
          'How different generations like to work',
          'Inclusion and belonging',
          'Career growth and leadership',
          'How decisions are made here',
        ],
      },
      {
        id: 'kickoff_hopes',
        kind: 'long_text',
        prompt: 'What do you most hope to learn from your partner?',
        help: 'A sentence or two is enough.',
      },
    ],
  };
}

/** Asked at kickoff and again in the final review, for the same side, to measure change. */
const BEFORE_AND_AFTER = [
  {
    id: 'digital_confidence',
    kind: 'likert',
    side: 'mentee',
    required: true,
    prompt: 'How confident are you using digital tools in your everyday work?',
    help: 'For example chat and video apps, social media, AI assistants or data dashboards.',
    lowLabel: 'Not confident',
    highLabel: 'Very confident',
  },
  {
    id: 'understanding',
    kind: 'likert',
    side: 'mentee',
    required: true,
    prompt:
      'How well do you understand what work is like for junior colleagues and for colleagues from under-represented groups?',
    lowLabel: 'Not well',
    highLabel: 'Very well',
  },
  {
    id: 'visibility',
    kind: 'likert',
    side: 'mentor',
    required: true,
    prompt: 'How visible is your work to senior leaders?',
    lowLabel: 'Not visible',
    highLabel: 'Very visible',
  },
  {
    id: 'voice_confidence',
    kind: 'likert',
    side: 'mentor',
    required: true,
    prompt: 'How confident do you feel sharing your ideas with senior leaders?',
    lowLabel: 'Not confident',
    highLabel: 'Very confident',
  },
  {
    id: 'leadership',
    kind: 'likert',
    side: 'mentor',
    required: true,
    prompt: 'How ready do you feel to lead people or projects?',
    lowLabel: 'Not ready',
    highLabel: 'Completely ready',
  },
] as const;

function meetingPulse(min: number): SurveyTemplateInput {
  return {
    key: 'meeting_pulse',
    title: 'After your meeting',
    intro: 'One quick question after each meeting.',
    audienceNote:
      `Your partner never sees your rating. HR sees ratings only as averages for groups of at least ${min} ` +
      `people. When a pair's recent meetings are rated low, HR sees that the pair may need support, ` +
      `but not who gave which rating.`,
    timing: 'per_meeting',
    questions: [
      {
        id: 'pulse_useful',
        kind: 'likert',
        required: true,
        prompt: 'How useful was this meeting for you?',
        lowLabel: 'Not useful',
        highLabel: 'Very useful',
      },
    ],
  };
}

function midpoint(min: number): SurveyTemplateInput {
  return {
    key: 'midpoint_check_in',
    title: 'Halfway check-in',
    intro:
      'You are about halfway through. Tell us how it is going, so HR can help if something is not working.',
    audienceNote:
      `${whoSees(min)} If you say it is not going well, HR sees that your pair may need support ` +
      `(not your answer itself) and may offer help.`,
    timing: 'midpoint',
    questions: [
      {
        id: 'midpoint_going',
        kind: 'likert',
        required: true,
        prompt: 'How is the mentoring going so far?',
        lowLabel: 'Not well',
        highLabel: 'Very well',
      },
      {
        id: 'midpoint_frequency',
        kind: 'single_choice',
        prompt: 'How often are you meeting?',
        options: ['Not often enough', 'About right', 'Too often'],
      },
      {
        id: 'midpoint_learned',
        kind: 'long_text',
        prompt: 'What have you learned from your partner so far?',
      },
      {
        id: 'midpoint_support',
        kind: 'long_text',
        prompt: 'Is there anything that would help your mentoring work better?',
      },
    ],
  };
}

function finalReview(min: number): SurveyTemplateInput {
  return {
    key: 'final_review',
    title: 'Final review',
    intro:
      'The program is ending. Some questions repeat the ones you answered at the start, so we can see what changed.',
    audienceNote: `${whoSees(min)} If you say it did not go well, HR sees that your pair may need support (not your answer itself).`,
    timing: 'final',
    questions: [
      ...BEFORE_AND_AFTER.map(({ id, ...q }) => ({ ...q, id: `final_${id}`, pairedWith: `kickoff_${id}` })),
      {
        id: 'final_decisions_changed',
        kind: 'single_choice',
        side: 'mentee',
        prompt: 'Has the program changed a decision you made, or how you work?',
        options: ['Yes, a decision I made', 'Yes, how I work day to day', 'Both', 'Not yet'],
      },
      {
        id: 'final_decisions',
        kind: 'long_text',
        side: 'mentee',
        prompt: 'Which decisions or ways of working did it change, and how?',
        help: 'Please leave out names and confidential business details.',
      },
      {
        id: 'final_going',
        kind: 'likert',
        required: true,
        prompt: 'Overall, how well did the mentoring go?',
        lowLabel: 'Not well',
        highLabel: 'Very well',
      },
      { id: 'final_learned', kind: 'long_text', prompt: 'What did you learn from your partner?' },
      {
        id: 'final_testimonial',
        kind: 'long_text',
        prompt: 'In a sentence or two, what would you tell a colleague about this program?',
        help: 'If you agree, HR may quote this in the impact report, without your name.',
        quotable: true,
      },
      {
        id: 'final_continue',
        kind: 'single_choice',
        required: true,
        prompt: 'Would you like to keep meeting after the program ends?',
        options: ['Yes', 'Maybe', 'No'],
      },
      {
        id: 'final_recommend',
        kind: 'nps',
        required: true,
        prompt: 'How likely are you to recommend this program to a colleague?',
      },
    ],
  };
}

/** The four default surveys, in the order they are sent; the audience notes name the group minimum. */
export function defaultSurveys(minGroupSize: number = DEFAULT_MIN_GROUP_SIZE): SurveyTemplate[] {
  return [kickoff, meetingPulse, midpoint, finalReview].map((make) =>
    surveyTemplateSchema.parse(make(minGroupSize)),
  );
}
