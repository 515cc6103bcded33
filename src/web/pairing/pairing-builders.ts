import type { MatchRun, Pair, PersonCard, ProposedPair, RunSummary, Unmatched } from './pairing-types';

/** Test builders for the shapes of docs/api/pairing.md. */
export function aPersonCard(overrides: Partial<PersonCard> = {}): PersonCard {
  return {
    id: 'per-10',
    name: 'Lena Park',
    title: 'Software Engineer',
    department: 'Engineering',
    level: 2,
    location: 'Lisbon',
    canTeach: [{ skill: 'Blockchain', level: 4 }],
    wantToLearn: [{ skill: 'Capital allocation', level: 1 }],
    availabilityHours: 2,
    meetingMode: 'video',
    sensitiveUse: 'used with consent',
    ...overrides,
  };
}

export function aProposedPair(overrides: Partial<ProposedPair> = {}): ProposedPair {
  return {
    mentor: aPersonCard(),
    mentee: aPersonCard({
      id: 'per-20',
      name: 'Grace Hopper',
      title: 'Chief Financial Officer',
      department: 'Finance',
      level: 9,
      canTeach: [{ skill: 'Capital allocation', level: 5 }],
      wantToLearn: [{ skill: 'Blockchain', level: 1 }],
      sensitiveUse: 'not used',
    }),
    score: 86,
    contributions: [
      { criterion: 'skills', label: 'Skills, both ways', points: 36, maxPoints: 40 },
      { criterion: 'availability', label: 'Shared availability', points: 12, maxPoints: 15 },
    ],
    explanation: 'Lena teaches Blockchain that Grace wants to learn; Grace teaches Capital allocation back.',
    source: 'algorithm',
    pinned: false,
    warnings: [],
    ...overrides,
  };
}

export const secondPair = aProposedPair({
  mentor: aPersonCard({
    id: 'per-11',
    name: 'Sam Okafor',
    department: 'Marketing',
    canTeach: [{ skill: 'TikTok', level: 4 }],
  }),
  mentee: aPersonCard({
    id: 'per-21',
    name: 'Omar Haddad',
    title: 'VP Marketing',
    department: 'Sales',
    level: 8,
  }),
  score: 61,
  explanation: 'Sam teaches TikTok that Omar wants to learn.',
});

export function anUnmatched(overrides: Partial<Unmatched> = {}): Unmatched {
  return {
    person: aPersonCard({ id: 'per-12', name: 'Rui Costa', department: 'Operations' }),
    side: 'mentor',
    reason: 'no_eligible_partner',
    message: 'Every available mentee is in Rui’s reporting line or already paired.',
    bestCandidates: [
      {
        person: aPersonCard({
          id: 'per-22',
          name: 'Pedro Almeida',
          title: 'COO',
          department: 'Operations',
          level: 9,
        }),
        score: 72,
        explanation: 'Rui teaches Power BI that Pedro wants to learn.',
        blockedBy: 'Rui Costa is in Pedro Almeida’s reporting line',
      },
    ],
    ...overrides,
  };
}

export function aRun(overrides: Partial<MatchRun> = {}): MatchRun {
  return {
    id: 'run-1',
    programId: 'prg-1',
    kind: 'initial',
    status: 'draft',
    createdAt: '2026-11-21T10:00:00.000Z',
    createdBy: 'Ada Lovelace',
    publishedAt: null,
    basedOnRunId: null,
    weights: {
      skills: 40,
      seniority: 10,
      perspective: 20,
      availability: 15,
      meetingMode: 5,
      language: 10,
      preferences: 15,
    },
    rules: { notSameDepartment: false, minimumScore: 0, objective: 'most-pairs' },
    pairs: [aProposedPair(), secondPair],
    unmatched: [anUnmatched()],
    quality: {
      pairs: 2,
      mentorsMatchedShare: 2 / 3,
      menteesMatchedShare: 1,
      averageScore: 73.5,
      lowestScore: 61,
      hardRulesChecked: [
        { rule: 'reportingLine', label: 'Not in the same reporting line', pairsExcluded: 3 },
      ],
      crossDepartmentShare: 1,
      departmentsInvolved: 5,
    },
    dataProblems: [],
    changes: [],
    ...overrides,
  };
}

export function aRunSummary(run: MatchRun): RunSummary {
  const { id, kind, status, createdAt, createdBy, quality } = run;
  return { id, kind, status, createdAt, createdBy, quality };
}

/** A published pair as HR's pairs list shows it, with its workspace counts. */
export function aPair(overrides: Partial<Pair> = {}): Pair {
  return {
    id: 'pair-1',
    programId: 'prg-1',
    status: 'active',
    mentor: { id: 'per-10', name: 'Lena Park', title: 'Software Engineer', department: 'Engineering' },
    mentee: { id: 'per-20', name: 'Grace Hopper', title: 'Chief Financial Officer', department: 'Finance' },
    score: 86,
    explanation: 'Skills both ways.',
    startedAt: '2026-09-01T09:00:00.000Z',
    endedAt: null,
    workspace: {
      agreement: 'agreed',
      meetingsHeld: 3,
      meetingsPlanned: 4,
      goals: { total: 5, completed: 2 },
    },
    ...overrides,
  };
}
