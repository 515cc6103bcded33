import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AssignedTopic, assignTopics, type PlanTopic, type TopicChoice } from '#core/calendar/topics';

const plan: PlanTopic[] = [
  { title: 'Expectations', guide: 'Agree how you work together.' },
  { title: 'Tools', guide: 'Show each other your daily tools.' },
  { title: 'Feedback', guide: 'Practise giving feedback.' },
];

const meeting = (id: string, choice: Partial<TopicChoice> = {}): TopicChoice => ({
  id,
  cancelled: false,
  planIndex: null,
  customTitle: null,
  ...choice,
});

const titles = (assigned: Map<string, AssignedTopic | null>) =>
  Object.fromEntries([...assigned].map(([id, topic]) => [id, topic ? topic.title : null]));

describe('assignTopics', () => {
  it('gives meetings the plan in order, then null when it is used up', () => {
    const assigned = assignTopics([meeting('a'), meeting('b'), meeting('c'), meeting('d')], plan);
    expect(titles(assigned)).toEqual({ a: 'Expectations', b: 'Tools', c: 'Feedback', d: null });
    expect(assigned.get('b')).toEqual({
      title: 'Tools',
      guide: 'Show each other your daily tools.',
      source: 'plan',
      planIndex: 1,
    });
  });

  it('skips a plan topic chosen explicitly by any meeting, even a later one', () => {
    const assigned = assignTopics([meeting('a'), meeting('b'), meeting('c', { planIndex: 1 })], plan);
    expect(titles(assigned)).toEqual({ a: 'Expectations', b: 'Feedback', c: 'Tools' });
    expect(assigned.get('c')?.source).toBe('plan');
  });

  it('lets a custom title win over a plan index, and does not use up that plan topic', () => {
    const assigned = assignTopics(
      [meeting('a', { customTitle: 'Our own', planIndex: 0 }), meeting('b')],
      plan,
    );
    expect(assigned.get('a')).toEqual({ title: 'Our own', guide: '', source: 'custom', planIndex: null });
    expect(titles(assigned).b).toBe('Expectations');
  });

  it('treats a plan index out of range, and a blank custom title, as no choice', () => {
    const assigned = assignTopics(
      [meeting('a', { planIndex: 7 }), meeting('b', { planIndex: -1 }), meeting('c', { customTitle: '   ' })],
      plan,
    );
    expect(titles(assigned)).toEqual({ a: 'Expectations', b: 'Tools', c: 'Feedback' });
  });

  it('gives a cancelled meeting no topic and does not spend one on it', () => {
    const assigned = assignTopics([meeting('a', { cancelled: true }), meeting('b'), meeting('c')], plan);
    expect(titles(assigned)).toEqual({ a: null, b: 'Expectations', c: 'Tools' });
  });

  it('keeps an explicit choice on a cancelled meeting', () => {
    const assigned = assignTopics(
      [meeting('a', { cancelled: true, planIndex: 0 }), meeting('b', { cancelled: true, customTitle: 'X' })],
      plan,
    );
    expect(titles(assigned)).toEqual({ a: 'Expectations', b: 'X' });
  });

  it('lets two meetings choose the same plan topic', () => {
    const assigned = assignTopics(
      [meeting('a', { planIndex: 2 }), meeting('b', { planIndex: 2 }), meeting('c')],
      plan,
    );
    expect(titles(assigned)).toEqual({ a: 'Feedback', b: 'Feedback', c: 'Expectations' });
  });

  it('gives every meeting null, or its custom title, when there is no plan', () => {
    const assigned = assignTopics([meeting('a'), meeting('b', { customTitle: 'Ours' })], []);
    expect(titles(assigned)).toEqual({ a: null, b: 'Ours' });
  });

  it('never gives the same plan topic by default twice, nor one chosen explicitly', () => {
    const choices = fc.record({
      cancelled: fc.boolean(),
      planIndex: fc.option(fc.integer({ min: -1, max: 5 })),
      customTitle: fc.option(fc.constantFrom('Ours', ' ', '')),
    });
    fc.assert(
      fc.property(fc.array(choices, { maxLength: 12 }), (drawn) => {
        const meetings = drawn.map((choice, index) => meeting(`m${index}`, choice));
        const assigned = assignTopics(meetings, plan);
        expect(assigned.size).toBe(meetings.length);
        const explicit = new Set(
          meetings
            .filter(
              (m) => !m.customTitle?.trim() && m.planIndex !== null && m.planIndex >= 0 && m.planIndex < 3,
            )
            .map((m) => m.planIndex),
        );
        const defaults = meetings
          .filter((m) => !m.customTitle?.trim() && !explicit.has(m.planIndex) && assigned.get(m.id))
          .map((m) => assigned.get(m.id)!.planIndex);
        expect(new Set(defaults).size).toBe(defaults.length);
        for (const index of defaults) expect(explicit.has(index)).toBe(false);
        // Defaults go out in plan order.
        expect(defaults).toEqual([...defaults].sort((a, b) => a! - b!));
        for (const m of meetings) {
          if (m.cancelled && !m.customTitle?.trim() && !explicit.has(m.planIndex)) {
            expect(assigned.get(m.id)).toBeNull();
          }
        }
      }),
    );
  });
});
