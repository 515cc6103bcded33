import { aProgramSurvey } from '../check-ins/check-in-builders';
import type { MidpointReview, ReviewPair } from './midpoint-types';

/**
 * Test data for the midpoint review: "Reverse Mentoring 2026" at its midpoint, with a quiet pair (Lena
 * and Grace, a re-pair request from Grace), a pair slipping (Sam and Omar) and a healthy one (Ana and Tom).
 */
export function aReviewPair(overrides: Partial<ReviewPair> & Pick<ReviewPair, 'pairId'>): ReviewPair {
  return {
    mentor: { id: `${overrides.pairId}-mentor`, name: 'Lena Park' },
    mentee: { id: `${overrides.pairId}-mentee`, name: 'Grace Hopper' },
    state: 'healthy',
    reasons: [],
    meetingsHeld: 5,
    meetingsPlanned: 6,
    checkIn: { mentorAnswered: true, menteeAnswered: true },
    openRepairRequests: 0,
    decision: null,
    ...overrides,
  };
}

export function aMidpointReview(overrides: Partial<MidpointReview> = {}): MidpointReview {
  const pairs = [
    aReviewPair({
      pairId: 'pair-1',
      state: 'inactive',
      reasons: [{ code: 'no_recent_meetings', message: 'No meeting has been held or logged for 41 days.' }],
      meetingsHeld: 2,
      meetingsPlanned: 6,
      checkIn: { mentorAnswered: true, menteeAnswered: false },
      openRepairRequests: 1,
    }),
    aReviewPair({
      pairId: 'pair-2',
      mentor: { id: 'per-11', name: 'Sam Okafor' },
      mentee: { id: 'per-21', name: 'Omar Haddad' },
      state: 'at_risk',
      reasons: [{ code: 'meetings_missed', message: '2 of the last 3 meetings were missed.' }],
      meetingsHeld: 3,
      meetingsPlanned: 6,
      checkIn: { mentorAnswered: false, menteeAnswered: false },
    }),
    aReviewPair({
      pairId: 'pair-3',
      mentor: { id: 'per-12', name: 'Ana Lima' },
      mentee: { id: 'per-22', name: 'Tom Berg' },
      decision: {
        decision: 'keep',
        note: '',
        decidedAt: '2026-12-02T10:00:00.000Z',
        decidedBy: 'Ada Lovelace',
      },
    }),
  ];
  return {
    program: {
      id: 'prg-1',
      name: 'Reverse Mentoring 2026',
      phase: 'midpoint',
      startDate: '2026-09-01',
      midpointDate: '2026-12-01',
      endDate: '2027-03-01',
    },
    health: {
      summary: { healthy: 1, at_risk: 1, inactive: 1, total: 3 },
      items: pairs.map(({ checkIn: _c, openRepairRequests: _o, decision: _d, ...item }) => item),
    },
    pairs,
    midpointSurvey: aProgramSurvey({ invited: 6, responded: 3 }),
    repairRequests: [
      {
        id: 'rr-1',
        pairId: 'pair-1',
        requestedBy: { id: 'pair-1-mentee', name: 'Grace Hopper' },
        reason: 'We never find a time that suits us both.',
        createdAt: '2026-11-20T09:00:00.000Z',
      },
    ],
    resources: [
      {
        index: 0,
        title: 'Meeting guide',
        url: 'https://intranet.example/guide',
        description: 'Ten questions.',
      },
      { index: 1, title: 'Feedback basics', url: 'https://intranet.example/feedback', description: '' },
      { index: 2, title: 'Reverse mentoring FAQ', url: '', description: 'Common questions.' },
    ],
    ...overrides,
  };
}
