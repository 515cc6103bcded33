import type { AnswerValue, SurveyAnswers } from '#core/surveys/survey-answers';
import {
  questionsForSide,
  type RespondentSide,
  type SurveyQuestion,
  type SurveyTemplate,
} from '#core/surveys/survey-template';

/**
 * The demo's check-in answers: believable, deterministic, and consistent with each pair's story (a
 * slipping pair says so at the midpoint; the final review's self-ratings rise from the kickoff's).
 * Answers are built from the template itself, so an edited template still gets answers of the
 * right kinds.
 */
export type DemoMood = 'good' | 'struggling';

/** Written answers by question id and side; the n-th respondent gets the n-th (wrapping). */
const TEXTS: Readonly<Record<string, Readonly<Record<RespondentSide, readonly string[]>>>> = {
  kickoff_hopes: {
    mentor: [
      'How a leader decides what to fund, and what makes them say no.',
      'How to present an idea to the executive team so it gets heard.',
      'What the company strategy looks like from the top, and where my team fits.',
      'How to build a network beyond my own department.',
    ],
    mentee: [
      'How my younger colleagues actually use AI tools day to day.',
      'What it is like to start a career here now, honestly.',
      'Which of our internal tools frustrate people, and why.',
      'How customers under thirty find and judge us online.',
    ],
  },
  midpoint_learned: {
    mentor: [
      'How budget decisions are really made, and that a clear one-page case matters more than slides.',
      'That leaders want to hear bad news early; I now raise risks sooner.',
      'How to frame my team’s work in terms the board cares about.',
    ],
    mentee: [
      'How my team could use shared AI assistants safely; I have started a trial.',
      'That new joiners find our approval chains confusing; we simplified one.',
      'How our brand looks on social media to people my mentor’s age.',
    ],
  },
  midpoint_support: {
    mentor: [
      'A short guide of topic ideas for each meeting would help.',
      'More time in the calendar: our slot keeps moving.',
    ],
    mentee: [
      'My diary is the problem. A standing slot booked by my assistant would help.',
      'It works well as it is.',
    ],
  },
  final_learned: {
    mentor: [
      'Confidence to speak up in leadership meetings, and how decisions get made.',
      'How to write a business case a director will read.',
    ],
    mentee: [
      'A practical feel for the tools my teams use, and how it feels to be new here.',
      'That small process changes matter more to junior staff than big programmes.',
    ],
  },
  final_testimonial: {
    mentor: [
      'Do it. I thought I was there to teach, and I learned more about how this company really decides than in five years of meetings.',
      'An hour a fortnight with someone senior who actually listens. It changed how I pitch ideas.',
      'Worth it, if you protect the time. Our best conversations were the ones we almost cancelled.',
      'It made the leadership team feel like people I can talk to, not a floor I never visit.',
    ],
    mentee: [
      'Say yes. My mentor showed me, patiently, the tools my own teams use every day; I had been nodding along for years.',
      'The most useful hour in my diary. I hear things from a junior colleague that never reach me through the usual channels.',
      'It is humbling in the best way. Go in ready to be the one asking the questions.',
      'Better than any digital training I have been sent on, because it is about our own work.',
    ],
  },
  final_decisions: {
    mentor: [],
    mentee: [
      'We changed the onboarding checklist after my mentor walked me through her first week.',
      'I now ask a junior colleague to review every customer-facing digital change before launch.',
    ],
  },
};

/** Which option (by position) respondents pick, in turn, by question id and mood. */
const CHOICES: Readonly<Record<string, Readonly<Record<DemoMood, readonly number[]>>>> = {
  midpoint_frequency: { good: [1, 1, 1, 0], struggling: [0] },
  final_continue: { good: [0, 0, 1, 0], struggling: [2] },
  final_decisions_changed: { good: [1, 0, 2, 1, 3], struggling: [3] },
};

/** Every third written answer is kept from HR: consent is the respondent's, and the demo shows both. */
const sharesWithHr = (index: number) => index % 3 !== 2;
/** Most answers HR may read may also be quoted in the impact report; some authors say no. */
const mayBeQuoted = (index: number) => sharesWithHr(index) && index % 4 !== 1;

function scaleAnswer(q: SurveyQuestion, mood: DemoMood, index: number): number {
  if (q.kind === 'nps') return mood === 'struggling' ? 5 : [9, 8, 10, 7, 9][index % 5]!;
  if (q.id.endsWith('_going')) return mood === 'struggling' ? 2 : [4, 5, 4, 5, 3][index % 5]!;
  if (q.id.startsWith('kickoff_')) return [2, 3, 2, 3, 1][index % 5]!;
  if (q.id.startsWith('final_')) return mood === 'struggling' ? 3 : [4, 4, 5, 4, 5][index % 5]!;
  return [4, 3, 5][index % 3]!;
}

function answerTo(
  q: SurveyQuestion,
  side: RespondentSide,
  mood: DemoMood,
  index: number,
): AnswerValue | undefined {
  switch (q.kind) {
    case 'likert':
    case 'nps':
      return scaleAnswer(q, mood, index);
    case 'single_choice': {
      const picks = CHOICES[q.id]?.[mood] ?? [index % q.options.length];
      return q.options[picks[index % picks.length]! % q.options.length]!;
    }
    case 'multiple_choice':
      return [q.options[index % q.options.length]!, q.options[(index + 2) % q.options.length]!];
    case 'short_text':
    case 'long_text': {
      const texts = TEXTS[q.id]?.[side] ?? [];
      if (texts.length === 0) return undefined;
      const text =
        mood === 'struggling' && q.id === 'midpoint_support'
          ? 'We keep cancelling. I would like HR to help us find a time that holds.'
          : texts[index % texts.length]!;
      const shareWithHr = q.shareableWithHr && sharesWithHr(index);
      return q.quotable
        ? { text, shareWithHr, mayQuote: shareWithHr && mayBeQuoted(index) }
        : { text, shareWithHr };
    }
  }
}

/** One respondent's answers to a template, for their side. */
export function demoAnswers(
  template: SurveyTemplate,
  side: RespondentSide,
  mood: DemoMood,
  index: number,
): SurveyAnswers {
  const answers: Record<string, AnswerValue> = {};
  for (const q of questionsForSide(template, side)) {
    const value = answerTo(q, side, mood, index);
    if (value !== undefined) answers[q.id] = value;
  }
  return answers;
}
