import { describe, expect, it } from 'vitest';
import { measurementOf, objectiveResults } from '#core/impact/objective-results';
import { defaultSettings } from '#core/programs/program-defaults';
import type { Objective } from '#core/programs/program-settings';
import { suppressed } from '#core/surveys/suppression';

// Leaders' digital confidence >= 80%, juniors' visibility >= 80%, juniors still employed >= 90%.
const [digital, visibility, retention] = defaultSettings('reverse').objectives as [
  Objective,
  Objective,
  Objective,
];
const measured = (value: number, unit: Objective['unit'] = '%') => ({
  status: 'measured' as const,
  value,
  unit,
});

describe('objectiveResults', () => {
  it('is met at or above a ">=" target and not met below it, saying so in a sentence', () => {
    const [met, exactly, notMet] = objectiveResults(
      [digital, visibility, retention],
      [measured(83.3), measured(80), measured(75)],
    );
    expect(met).toEqual({
      text: 'Leaders feel more confident with digital tools',
      metric: 'leaders reporting higher digital confidence',
      comparator: '>=',
      target: 80,
      unit: '%',
      status: 'met',
      value: 83.3,
      message: '83.3% against a target of at least 80%: met.',
    });
    expect(exactly).toMatchObject({ status: 'met', message: '80% against a target of at least 80%: met.' });
    expect(notMet).toMatchObject({
      status: 'not_met',
      value: 75,
      message: '75% against a target of at least 90%: not met.',
    });
  });

  it('is met at or below a "<=" target', () => {
    const fewer: Objective = {
      text: 'Few pairs re-paired',
      metric: 'pairs re-paired',
      comparator: '<=',
      target: 2,
      unit: 'pairs',
      measure: null,
    };
    const [atTarget, above] = objectiveResults([fewer, fewer], [measured(2, 'pairs'), measured(3, 'pairs')]);
    expect(atTarget).toMatchObject({
      status: 'met',
      message: '2 pairs against a target of at most 2 pairs: met.',
    });
    expect(above).toMatchObject({
      status: 'not_met',
      message: '3 pairs against a target of at most 2 pairs: not met.',
    });
  });

  it('is not measurable yet without a measurement, before there is one, or in another unit', () => {
    const results = objectiveResults(
      [digital, visibility, retention],
      [
        undefined,
        { status: 'not_yet', message: 'Not enough time has passed to measure this yet.' },
        measured(9, 'people'),
      ],
    );
    expect(results.map((r) => [r.status, r.value, r.message])).toEqual([
      ['not_measurable_yet', null, 'Nothing in the report measures this objective yet.'],
      ['not_measurable_yet', null, 'Not enough time has passed to measure this yet.'],
      ['not_measurable_yet', null, 'This is measured in people, but the target is in %.'],
    ]);
  });

  it('is hidden, value and verdict both, when the figure behind it protects a small group', () => {
    const [hidden] = objectiveResults(
      [retention],
      [{ status: 'hidden', message: 'Hidden: too few people.' }],
    );
    expect(hidden).toMatchObject({ status: 'hidden', value: null, message: 'Hidden: too few people.' });
    expect(JSON.stringify(hidden)).not.toMatch(/\bmet\b/);
  });
});

describe('measurementOf', () => {
  it('reads a shown figure, and turns a hidden or empty one into a reason', () => {
    expect(measurementOf({ suppressed: false, heldPercent: 63 }, (f) => f.heldPercent, '%')).toEqual(
      measured(63),
    );
    expect(measurementOf<{ x: number }>(suppressed('small_group', 5), (f) => f.x, '%')).toEqual({
      status: 'hidden',
      message: 'Hidden: fewer than 5 people answered, so answers could be traced back to them.',
    });
    expect(measurementOf<{ x: number }>(suppressed('no_answers', 5), (f) => f.x, '%')).toMatchObject({
      status: 'not_yet',
    });
    expect(measurementOf({ suppressed: false, percent: null }, (f) => f.percent, '%')).toMatchObject({
      status: 'not_yet',
    });
  });
});
