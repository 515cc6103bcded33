import { describe, expect, it } from 'vitest';
import {
  continuationRefusal,
  ownContinuation,
  pairContinuationStatus,
  summariseContinuations,
} from '#core/pairing/pair-continuation';

const closed = { phase: 'closed' as const, endDate: '2026-09-02' };

describe('continuationRefusal', () => {
  it('opens the question only once the program is closed', () => {
    for (const phase of ['active', 'midpoint', 'closing'] as const)
      expect(continuationRefusal({ phase, endDate: '2026-09-02' }, { endedAt: null }), phase).toBe(
        'not_closed',
      );
    expect(continuationRefusal(closed, { endedAt: null })).toBeNull();
  });

  it('asks pairs that lasted to the end date, not pairs that ended before it', () => {
    expect(continuationRefusal(closed, { endedAt: new Date('2026-09-02T00:00:00Z') })).toBeNull();
    expect(continuationRefusal(closed, { endedAt: new Date('2026-09-20T08:00:00Z') })).toBeNull();
    expect(continuationRefusal(closed, { endedAt: new Date('2026-09-01T23:59:59Z') })).toBe('ended_early');
  });
});

describe('ownContinuation', () => {
  it('shows the partner’s choice only when both said yes', () => {
    expect(ownContinuation(true, true)).toEqual({ mine: true, bothContinue: true });
    expect(ownContinuation(true, false)).toEqual({ mine: true, bothContinue: false });
    expect(ownContinuation(true, null)).toEqual({ mine: true, bothContinue: false });
    expect(ownContinuation(false, true)).toEqual({ mine: false, bothContinue: false });
    expect(ownContinuation(null, true)).toEqual({ mine: null, bothContinue: false });
  });

  it('cannot tell a partner who said no from one who has not answered', () => {
    expect(ownContinuation(true, false)).toEqual(ownContinuation(true, null));
    expect(ownContinuation(null, false)).toEqual(ownContinuation(null, null));
  });
});

describe('pairContinuationStatus and its summary', () => {
  it('is continuing when both say yes, not continuing when either says no, else not answered', () => {
    expect(pairContinuationStatus(true, true)).toBe('continuing');
    expect(pairContinuationStatus(true, false)).toBe('not_continuing');
    expect(pairContinuationStatus(null, false)).toBe('not_continuing');
    expect(pairContinuationStatus(true, null)).toBe('not_answered');
    expect(pairContinuationStatus(null, null)).toBe('not_answered');
  });

  it('counts the pairs in each state', () => {
    expect(
      summariseContinuations(['continuing', 'not_answered', 'continuing', 'not_continuing', 'continuing']),
    ).toEqual({ pairs: 5, continuing: 3, not_continuing: 1, not_answered: 1 });
    expect(summariseContinuations([])).toEqual({
      pairs: 0,
      continuing: 0,
      not_continuing: 0,
      not_answered: 0,
    });
  });
});
