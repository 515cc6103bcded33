import { addMonths } from '#core/programs/calendar-dates';
import type { ProgramSettings, ProgramType } from '#core/programs/program-settings';

/**
 * What a new program starts with, so HR can launch in minutes: the reverse-mentoring topic plan,
 * ground rules and two-way objectives of DOMAIN.md. Other program types keep the same shape.
 */
export function defaultDates(startDate: string) {
  return { startDate, endDate: addMonths(startDate, 6), midpointDate: addMonths(startDate, 3) };
}

const REVERSE_TOPICS: ProgramSettings['topicPlan'] = [
  {
    title: 'Kickoff: goals, ground rules and rhythm',
    guide:
      'Agree how you will work together, what each of you wants to learn, and when you meet. Both sides say one thing they can teach.',
  },
  {
    title: 'Our culture through the junior colleague’s eyes',
    guide:
      'The junior shares what working here is like for them, including as a member of a minority if they wish: what helps, what gets in the way, small moments that matter. The senior listens and asks.',
  },
  {
    title: 'Digital transformation: AI, blockchain and what they mean for our strategy',
    guide:
      'The junior demonstrates tools and trends they use; together you connect them to a real decision the senior faces. The senior explains how such decisions are made.',
  },
  {
    title: 'Social media and how younger customers and colleagues communicate',
    guide:
      'Walk through the platforms and habits that shape attention today. Try something hands-on together.',
  },
  {
    title: 'Engaging younger staff: the senior’s organisational challenges',
    guide:
      'The senior brings a current challenge with their team; the junior offers how it looks from their level. Both leave with one thing to try.',
  },
  {
    title: 'Midpoint reflection',
    guide: 'What has each of you learned so far? What should change in the second half?',
  },
  {
    title: 'Leadership and strategy, taught back',
    guide:
      'The senior shares how they think about priorities, trade-offs and careers; the junior asks what they have always wanted to ask a leader.',
  },
  {
    title: 'Close: what changed, and what comes next',
    guide:
      'Each names what they learned from the other and one decision or habit that changed. Decide whether to keep meeting informally.',
  },
];

const GROUND_RULES = [
  'Confidentiality: what is said in our meetings stays between us unless we both agree otherwise.',
  'Mutual respect: we listen to understand, and challenge ideas, not people.',
  'Open communication: we say what we think and ask when we do not understand.',
  'Both of us teach and both of us learn in every meeting: this is not tech support.',
  'The junior colleague leads the conversation; the senior colleague listens first.',
  'We keep our meetings, and give 24 hours’ notice if one must move.',
];

export function defaultSettings(type: ProgramType): ProgramSettings {
  const reverse = type === 'reverse';
  return {
    purpose: reverse
      ? 'Junior colleagues mentor senior leaders on digital tools, new markets and what working here is like today, while leaders share how strategy and careers work. Knowledge flows both ways.'
      : '',
    objectives: reverse
      ? [
          {
            text: 'Leaders feel more confident with digital tools',
            metric: 'leaders reporting higher digital confidence',
            comparator: '>=',
            target: 80,
            unit: '%',
            measure: 'improved:final_digital_confidence',
          },
          {
            text: 'Juniors gain visibility and confidence',
            metric: 'juniors reporting more visibility and confidence',
            comparator: '>=',
            target: 80,
            unit: '%',
            measure: 'improved:final_visibility',
          },
          {
            text: 'Junior participants stay with us',
            metric: 'junior participants still employed after 12 months',
            comparator: '>=',
            target: 90,
            unit: '%',
            measure: 'still_employed:mentor:12',
          },
        ]
      : [],
    cadence: { everyWeeks: 2, minutes: 60 },
    enrollmentMode: reverse ? 'nominated' : 'invite',
    eligibility: reverse
      ? { mentor: { minLevel: null, maxLevel: 3 }, mentee: { minLevel: 6, maxLevel: null } }
      : { mentor: { minLevel: null, maxLevel: null }, mentee: { minLevel: null, maxLevel: null } },
    mentorCapacity: 1,
    seniorityGap: type === 'peer' ? 0 : 2,
    topicPlan: reverse ? REVERSE_TOPICS : [],
    groundRules: GROUND_RULES,
    resources: [],
    lessonsLearned: '',
    avoidRepeatPairs: true,
  };
}
