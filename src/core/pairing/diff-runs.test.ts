import { describe, expect, it } from 'vitest';
import { diffRuns } from '#core/pairing/diff-runs';
import { safeExplanation } from '#core/pairing/safe-explanation';

describe('diffRuns', () => {
  it('counts kept pairs, changed mentors, newly (un)matched people and the average change', () => {
    const before = [
      { mentorId: 'a', menteeId: 'x', score: 80 },
      { mentorId: 'b', menteeId: 'y', score: 60 },
      { mentorId: 'c', menteeId: 'z', score: 50 },
    ];
    const after = [
      { mentorId: 'a', menteeId: 'x', score: 80 },
      { mentorId: 'd', menteeId: 'y', score: 70 },
      { mentorId: 'b', menteeId: 'w', score: 90 },
    ];
    const diff = diffRuns(before, after, (id) => id.toUpperCase());
    expect(diff.kept).toBe(1);
    expect(diff.changed).toEqual([
      { mentee: 'W', from: null, to: 'B', scoreChange: 90 },
      { mentee: 'Y', from: 'B', to: 'D', scoreChange: 10 },
      { mentee: 'Z', from: 'C', to: null, scoreChange: -50 },
    ]);
    expect(diff.newlyUnmatched).toEqual(['C', 'Z']);
    expect(diff.newlyMatched).toEqual(['D', 'W']);
    expect(diff.averageScoreChange).toBe(16.67);
  });

  it('finds nothing between a run and itself', () => {
    const run = [{ mentorId: 'a', menteeId: 'x', score: 70 }];
    expect(diffRuns(run, run)).toEqual({
      kept: 1,
      changed: [],
      newlyUnmatched: [],
      newlyMatched: [],
      averageScoreChange: 0,
    });
  });
});

describe('safeExplanation', () => {
  it('drops consented backgrounds from explanations, keeping the rest readable', () => {
    expect(
      safeExplanation(
        'teaches Blockchain; different departments, locations and backgrounds (shared with consent)',
      ),
    ).toBe('teaches Blockchain; different departments and locations');
    expect(safeExplanation('different departments and backgrounds (shared with consent)')).toBe(
      'different departments',
    );
    expect(safeExplanation('a; different backgrounds (shared with consent); b')).toBe('a; b');
    expect(
      safeExplanation('different departments, backgrounds (shared with consent), locations and ages'),
    ).toBe('different departments, locations and ages');
  });
});
