import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type MeetingFacts,
  PAIR_HEALTH_RULES,
  type PairHealthInput,
  ratePairHealth,
  summariseHealth,
} from '#core/health/pair-health';

const NOW = new Date('2026-05-01T12:00:00Z');
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - days * DAY - hours * HOUR);

type Status = MeetingFacts['status'];
const meeting = (daysAgo: number, status: Status, pulses: [number | null, number | null] = [null, null]) => ({
  startsAt: ago(daysAgo),
  status,
  logged: status === 'held' || status === 'missed',
  mentorPulse: pulses[0],
  menteePulse: pulses[1],
});

/** Agreed 60 days ago, meeting every two weeks, all held and rated well. */
const healthy: PairHealthInput = {
  startedAt: ago(60),
  agreement: 'agreed',
  meetings: [
    meeting(56, 'held', [4, 5]),
    meeting(42, 'held', [4, 4]),
    meeting(28, 'held', [5, 4]),
    meeting(14, 'held', [4, 4]),
    meeting(-14, 'scheduled'),
  ],
  latestCheckIn: { mentor: 4, mentee: 5 },
  openConcerns: 0,
};
const rate = (changes: Partial<PairHealthInput>, now = NOW) =>
  ratePairHealth({ ...healthy, ...changes }, now);
const codes = (changes: Partial<PairHealthInput>) => rate(changes).reasons.map((r) => r.code);
/** Meetings every 7 days ending `lastDaysAgo` days ago, oldest first. */
const series = (statuses: Status[], lastDaysAgo = 2, pulses: [number | null, number | null][] = []) =>
  statuses.map((status, i) => meeting(lastDaysAgo + 7 * (statuses.length - 1 - i), status, pulses[i]));

describe('ratePairHealth', () => {
  it('rates a pair that meets as planned, rates meetings well and has no concern healthy, with no reasons', () => {
    expect(rate({})).toEqual({ state: 'healthy', reasons: [] });
  });

  describe('the kickoff agreement', () => {
    const pending = (days: number, hours = 0) =>
      rate({ agreement: 'pending', startedAt: ago(days, hours), meetings: [] });

    it('is fine for the first week', () => {
      expect(pending(6, 23)).toEqual({ state: 'healthy', reasons: [] });
    });

    it('puts the pair at risk from 7 days to 20 days after it started', () => {
      expect(pending(7)).toEqual({
        state: 'at_risk',
        reasons: [
          {
            code: 'kickoff_pending',
            message: 'The kickoff agreement is not agreed yet, 7 days after the pair started.',
          },
        ],
      });
      expect(pending(20, 23).state).toBe('at_risk');
    });

    it('makes the pair inactive from 21 days, with only that reason', () => {
      expect(pending(21)).toEqual({
        state: 'inactive',
        reasons: [
          {
            code: 'kickoff_overdue',
            message: 'The kickoff agreement is still not agreed, 21 days after the pair started.',
          },
        ],
      });
    });

    it('does not matter once agreed, however late', () => {
      expect(rate({ startedAt: ago(40), meetings: [meeting(-3, 'scheduled')] })).toEqual({
        state: 'healthy',
        reasons: [],
      });
    });
  });

  describe('no meetings lately (inactive)', () => {
    it('counts 30 days from the first planned meeting when none was ever held', () => {
      const never = (days: number) =>
        rate({ meetings: [meeting(days, 'scheduled'), meeting(-1, 'scheduled')] });
      expect(never(29).state).toBe('at_risk');
      expect(never(29).reasons.map((r) => r.code)).toEqual(['few_meetings_held']);
      expect(never(30)).toMatchObject({
        state: 'inactive',
        reasons: [
          {
            code: 'no_recent_meetings',
            message: 'No meeting has been held or logged since the first one was planned, 30 days ago.',
          },
          { code: 'few_meetings_held', message: 'The first planned meeting has not been logged as held.' },
        ],
      });
    });

    it('counts 30 days from the latest held meeting', () => {
      const quiet = (days: number, hours = 0) =>
        rate({
          meetings: [meeting(days + 14, 'held'), { ...meeting(days, 'held'), startsAt: ago(days, hours) }],
        });
      expect(quiet(29, 23).state).toBe('healthy');
      expect(quiet(30)).toEqual({
        state: 'inactive',
        reasons: [{ code: 'no_recent_meetings', message: 'No meeting has been held or logged for 30 days.' }],
      });
    });

    it('takes a meeting logged as missed as a sign of life, but not a cancelled or a future one', () => {
      const held40 = meeting(40, 'held');
      expect(codes({ meetings: [held40, meeting(10, 'missed')] })).not.toContain('no_recent_meetings');
      expect(codes({ meetings: [held40, meeting(10, 'cancelled'), meeting(-2, 'held')] })).toContain(
        'no_recent_meetings',
      );
    });
  });

  describe('meetings held against planned', () => {
    it('is fine at 60% and at risk below', () => {
      expect(codes({ meetings: series(['held', 'scheduled', 'held', 'scheduled', 'held']) })).toEqual([]);
      expect(rate({ meetings: series(['held', 'missed', 'held', 'scheduled']) })).toEqual({
        state: 'at_risk',
        reasons: [
          { code: 'few_meetings_held', message: 'Only 2 of the 4 planned meetings so far were held.' },
        ],
      });
      expect(rate({ meetings: series(['scheduled', 'held']) }).reasons[0]?.message).toBe(
        'Only 1 of the 2 planned meetings so far was held.',
      );
      expect(rate({ meetings: [meeting(2, 'scheduled')] }).reasons[0]?.message).toBe(
        'The first planned meeting has not been logged as held.',
      );
    });

    it('leaves out cancelled and future meetings', () => {
      const meetings = [
        ...series(['held', 'cancelled', 'cancelled', 'held']),
        meeting(-1, 'scheduled'),
        meeting(-8, 'scheduled'),
      ];
      expect(rate({ meetings })).toEqual({ state: 'healthy', reasons: [] });
    });
  });

  describe('missed meetings', () => {
    it('puts the pair at risk when 2 of the last 3 planned were missed, not 1 of 3 or older ones', () => {
      expect(
        rate({ meetings: series(['held', 'held', 'held', 'held', 'missed', 'held', 'missed']) }),
      ).toEqual({
        state: 'at_risk',
        reasons: [{ code: 'meetings_missed', message: '2 of the last 3 meetings were missed.' }],
      });
      expect(codes({ meetings: series(['missed', 'missed', 'held', 'held', 'held']) })).toEqual([]);
      expect(codes({ meetings: series(['held', 'held', 'held', 'held', 'missed', 'held', 'held']) })).toEqual(
        [],
      );
    });

    it('does not count a meeting nobody logged as missed', () => {
      expect(
        codes({ meetings: series(['held', 'held', 'held', 'held', 'held', 'scheduled', 'scheduled']) }),
      ).toEqual([]);
    });
  });

  describe('pulses', () => {
    const pulsed = (pulses: [number | null, number | null][]) =>
      codes({
        meetings: series(
          pulses.map(() => 'held' as const),
          2,
          pulses,
        ),
      });

    it('puts the pair at risk when the last 3 rated meetings average below 3, both people counted', () => {
      expect(
        pulsed([
          [3, 3],
          [3, 3],
          [3, 3],
        ]),
      ).toEqual([]);
      expect(
        pulsed([
          [3, 3],
          [3, 3],
          [3, 2],
        ]),
      ).toEqual(['low_pulse']); // 17 / 6 = 2.83
      expect(
        pulsed([
          [null, 2],
          [null, null],
          [2, null],
        ]),
      ).toEqual(['low_pulse']);
    });

    it('looks only at the last 3 rated meetings', () => {
      expect(
        pulsed([
          [1, 1],
          [4, 4],
          [4, null],
          [4, 4],
        ]),
      ).toEqual([]);
      expect(
        pulsed([
          [1, 1],
          [4, 4],
          [null, null],
          [null, 3],
        ]),
      ).toEqual(['low_pulse']); // (1 + 1 + 4 + 4 + 3) / 5
    });

    it('says so without the ratings or who gave them', () => {
      const reason = rate({
        meetings: series(['held', 'held'], 2, [
          [1, 4],
          [2, 2],
        ]),
      }).reasons[0]!;
      expect(reason.message).toBe(
        'Recent meetings were rated as not very useful (below 3 out of 5 on average).',
      );
    });
  });

  describe('concerns and check-ins', () => {
    it('puts the pair at risk while a concern is open', () => {
      expect(rate({ openConcerns: 1 }).reasons).toEqual([
        { code: 'open_concern', message: 'A concern is open and needs a reply.' },
      ]);
      expect(rate({ openConcerns: 2 }).reasons[0]?.message).toBe('2 concerns are open and need a reply.');
    });

    it('puts the pair at risk when either person answered "how is it going" with 2 or less, without saying who', () => {
      expect(codes({ latestCheckIn: { mentor: 3, mentee: 3 } })).toEqual([]);
      expect(codes({ latestCheckIn: null })).toEqual([]);
      for (const latestCheckIn of [
        { mentor: 2, mentee: 5 },
        { mentor: null, mentee: 1 },
      ])
        expect(rate({ latestCheckIn })).toEqual({
          state: 'at_risk',
          reasons: [
            {
              code: 'low_check_in',
              message: 'In the latest check-in, the mentoring was said to be not going well.',
            },
          ],
        });
    });
  });

  it('lists every reason, the inactive ones first', () => {
    const result = rate({
      meetings: [meeting(50, 'held', [1, 2]), meeting(43, 'missed'), meeting(36, 'missed')],
      openConcerns: 1,
      latestCheckIn: { mentor: 1, mentee: 4 },
    });
    expect(result.state).toBe('inactive');
    expect(result.reasons.map((r) => r.code)).toEqual([
      'no_recent_meetings',
      'few_meetings_held',
      'meetings_missed',
      'low_pulse',
      'open_concern',
      'low_check_in',
    ]);
  });

  it('keeps its thresholds in one documented table', () => {
    expect(PAIR_HEALTH_RULES).toEqual({
      kickoffInactiveDays: 21,
      kickoffAtRiskDays: 7,
      quietInactiveDays: 30,
      minHeldPercent: 60,
      recentMeetings: 3,
      missedOfRecent: 2,
      minRecentPulse: 3,
      lowCheckIn: 2,
    });
  });

  it('is inactive exactly when an inactive reason is given, and never names a side or a rating', () => {
    const status = fc.constantFrom<Status>('scheduled', 'held', 'missed', 'cancelled');
    const pulse = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null });
    const input = fc.record({
      startedAt: fc.integer({ min: 0, max: 200 }).map((d) => ago(d)),
      agreement: fc.constantFrom('agreed' as const, 'pending' as const),
      meetings: fc.array(
        fc.record({
          startsAt: fc.integer({ min: -60 * 24, max: 200 * 24 }).map((h) => ago(0, h)),
          status,
          logged: fc.boolean(),
          mentorPulse: pulse,
          menteePulse: pulse,
        }),
        { maxLength: 15 },
      ),
      latestCheckIn: fc.option(fc.record({ mentor: pulse, mentee: pulse }), { nil: null }),
      openConcerns: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(input, (pair) => {
        const { state, reasons } = ratePairHealth(pair, NOW);
        const inactive = reasons.some((r) => r.code === 'kickoff_overdue' || r.code === 'no_recent_meetings');
        expect(state).toBe(inactive ? 'inactive' : reasons.length > 0 ? 'at_risk' : 'healthy');
        for (const r of reasons) expect(r.message).not.toMatch(/\bmentors?\b|\bmentees?\b|\d\.\d/i);
      }),
    );
  });
});

describe('summariseHealth', () => {
  it('counts pairs in each state', () => {
    const states = ['healthy', 'at_risk', 'at_risk', 'inactive', 'healthy', 'healthy'] as const;
    expect(summariseHealth(states.map((state) => ({ state })))).toEqual({
      healthy: 3,
      at_risk: 2,
      inactive: 1,
      total: 6,
    });
    expect(summariseHealth([])).toEqual({ healthy: 0, at_risk: 0, inactive: 0, total: 0 });
  });
});
