import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultIntakeForm } from '#core/programs/default-intake-form';
import { checkAnswers } from '#core/programs/intake-answers';
import { intakeFormSchema, PREFER_NOT_TO_SAY, questionsFor } from '#core/programs/intake-form';

const form = defaultIntakeForm();
const complete = {
  skills: {
    canTeach: [{ skill: 'Blockchain', level: 4 }],
    wantToLearn: [{ skill: 'Board strategy', level: 1 }],
  },
  goals: 'Understand how the board decides.',
  mentor_perspective: 'We learn on our phones.',
  availability: [{ day: 'tue', from: '09:00', to: '11:00' }],
  meeting_mode: 'video',
  ground_rules: true,
  generation: 'Gen Z',
};

describe('the intake form', () => {
  it('always makes sensitive questions optional and offers "Prefer not to say"', () => {
    const parsed = intakeFormSchema.parse([
      {
        id: 'ethnicity',
        kind: 'single_choice',
        label: 'Ethnicity',
        sensitive: true,
        required: true,
        options: ['A', 'B'],
      },
    ]);
    expect(parsed[0]).toMatchObject({ required: false, options: ['A', 'B', PREFER_NOT_TO_SAY] });
  });

  it('refuses duplicate ids, too few choices, and sensitive scales', () => {
    const result = intakeFormSchema.safeParse([
      { id: 'a', kind: 'short_text', label: 'A' },
      { id: 'a', kind: 'single_choice', label: 'B', options: ['only one'] },
      { id: 'c', kind: 'scale', label: 'C', sensitive: true },
    ]);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['1.id', '1.options', '2.sensitive']));
  });

  it('shows each side its own questions', () => {
    expect(questionsFor(form, 'mentor').map((q) => q.id)).toContain('mentor_perspective');
    expect(questionsFor(form, 'mentor').map((q) => q.id)).not.toContain('mentee_challenge');
    expect(questionsFor(form, 'mentee').map((q) => q.id)).toContain('mentee_challenge');
  });
});

describe('checkAnswers', () => {
  it('accepts a complete answer set and keeps sensitive answers apart', () => {
    const result = checkAnswers(form, 'mentor', complete);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.sensitiveAnswers).toEqual({ generation: 'Gen Z' });
    expect(result.value.answers).not.toHaveProperty('generation');
    expect(result.value.answers.skills).toEqual(complete.skills);
  });

  it('names every missing required answer, and a required agreement must be yes', () => {
    const result = checkAnswers(form, 'mentee', { ground_rules: false });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.filter((i) => i.code === 'required').map((i) => i.path[0])).toEqual([
      'skills',
      'goals',
      'availability',
      'meeting_mode',
      'ground_rules',
    ]);
  });

  it('lets a draft be saved with required answers missing, but never with wrong ones', () => {
    expect(checkAnswers(form, 'mentee', { goals: 'Later' }, { draft: true }).ok).toBe(true);
    const bad = checkAnswers(
      form,
      'mentee',
      { availability: [{ day: 'tue', from: '11:00', to: '09:00' }] },
      { draft: true },
    );
    expect(bad).toMatchObject({
      ok: false,
      issues: [{ path: ['availability', 0, 'to'], message: 'A time slot must end after it starts.' }],
    });
  });

  it('refuses answers to questions of the other side or not on the form, and unknown choices', () => {
    const result = checkAnswers(form, 'mentee', {
      ...complete,
      mentor_perspective: 'x',
      favourite_colour: 'red',
      generation: 'Gen Alpha',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(['mentor_perspective', 'favourite_colour', 'generation']),
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...form.map((q) => q.id), 'x'), fc.anything()),
        fc.boolean(),
        (raw, draft) => {
          const result = checkAnswers(form, 'mentor', raw, { draft });
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
