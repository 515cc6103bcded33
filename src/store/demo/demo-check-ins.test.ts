import { describe, expect, it } from 'vitest';
import { defaultSurveys } from '#core/surveys/default-surveys';
import { checkSurveyAnswers } from '#core/surveys/survey-answers';
import { RESPONDENT_SIDES } from '#core/surveys/survey-template';
import { type DemoMood, demoAnswers } from './demo-check-ins';

const campaigns = defaultSurveys().filter((t) => t.timing !== 'per_meeting');
const MOODS: readonly DemoMood[] = ['good', 'struggling'];

describe('the demo check-in answers', () => {
  it('are valid answers to every default survey, for each side, mood and respondent', () => {
    for (const template of campaigns)
      for (const side of RESPONDENT_SIDES)
        for (const mood of MOODS)
          for (let index = 0; index < 12; index++) {
            const answers = demoAnswers(template, side, mood, index);
            const checked = checkSurveyAnswers(template, side, answers);
            expect(checked.ok, `${template.key} ${side} ${mood} ${index}`).toBe(true);
            if (checked.ok) expect(checked.value).toEqual(answers);
          }
  });

  it('say a struggling pair is not going well, and a good one that it is', () => {
    const midpoint = campaigns.find((t) => t.timing === 'midpoint')!;
    expect(demoAnswers(midpoint, 'mentee', 'struggling', 0).midpoint_going).toBeLessThanOrEqual(2);
    for (let index = 0; index < 10; index++)
      expect(demoAnswers(midpoint, 'mentor', 'good', index).midpoint_going).toBeGreaterThan(2);
  });

  it('rate digital confidence higher at the end than at kickoff, and keep some written answers from HR', () => {
    const kickoff = campaigns.find((t) => t.timing === 'kickoff')!;
    const final = campaigns.find((t) => t.timing === 'final')!;
    for (let index = 0; index < 10; index++) {
      const before = demoAnswers(kickoff, 'mentee', 'good', index).kickoff_digital_confidence as number;
      const after = demoAnswers(final, 'mentee', 'good', index).final_digital_confidence as number;
      expect(after).toBeGreaterThan(before);
    }
    const shares = Array.from({ length: 6 }, (_, index) => demoAnswers(kickoff, 'mentor', 'good', index)).map(
      (a) => (a.kickoff_hopes as { shareWithHr: boolean }).shareWithHr,
    );
    expect(shares).toContain(true);
    expect(shares).toContain(false);
  });
});
