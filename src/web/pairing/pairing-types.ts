/** The shapes of docs/api/pairing.md, as the web app reads them. */
export interface Contribution {
  criterion: string;
  label: string;
  points: number;
  maxPoints: number;
}

export type MeetingMode = 'in_person' | 'video' | 'either';

/** What HR sees of a person on the review board: never a sensitive answer, only the consent word. */
export interface PersonCard {
  id: string;
  name: string;
  title: string;
  department: string;
  level: number | null;
  location: string;
  canTeach: { skill: string; level: number }[];
  wantToLearn: { skill: string; level: number }[];
  availabilityHours: number;
  meetingMode: MeetingMode | null;
  sensitiveUse: 'used with consent' | 'not used';
}

export interface ProposedPair {
  mentor: PersonCard;
  mentee: PersonCard;
  score: number;
  contributions: Contribution[];
  explanation: string;
  source: 'algorithm' | 'hr';
  pinned: boolean;
  warnings: string[];
}

export interface Candidate {
  person: PersonCard;
  score: number;
  explanation: string;
  blockedBy: string | null;
}

export interface Unmatched {
  person: PersonCard;
  side: 'mentor' | 'mentee';
  reason: string;
  message: string;
  bestCandidates: Candidate[];
}

export interface Quality {
  pairs: number;
  mentorsMatchedShare: number;
  menteesMatchedShare: number;
  averageScore: number;
  lowestScore: number;
  hardRulesChecked: { rule: string; label: string; pairsExcluded: number }[];
  crossDepartmentShare: number;
  departmentsInvolved: number;
}

export interface RunChange {
  action: string;
  detail: object;
  reason: string;
  actorName: string | null;
  createdAt: string;
}

export type Objective = 'most-pairs' | 'highest-total';

export interface RunRules {
  notSameDepartment?: boolean;
  minimumScore?: number;
  objective?: Objective;
  maxConcurrentMentees?: number;
}

export interface MatchRun {
  id: string;
  programId: string;
  kind: 'initial' | 'rematch';
  status: 'draft' | 'published' | 'discarded';
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
  basedOnRunId: string | null;
  weights: Record<string, number>;
  rules: Record<string, unknown>;
  pairs: ProposedPair[];
  unmatched: Unmatched[];
  quality: Quality;
  dataProblems: { message: string }[];
  changes: RunChange[];
}

export type RunSummary = Pick<MatchRun, 'id' | 'kind' | 'status' | 'createdAt' | 'createdBy' | 'quality'>;

export interface RunDiff {
  kept: number;
  changed: { mentee: string; from: string | null; to: string | null; scoreChange: number }[];
  newlyUnmatched: string[];
  newlyMatched: string[];
  averageScoreChange: number;
}

export type ChangeAction = 'pin' | 'unpin' | 'block' | 'swap' | 'pair' | 'remove';

export interface ChangeInput {
  action: ChangeAction;
  mentorId?: string;
  menteeId?: string;
  otherMenteeId?: string;
  reason?: string;
}

export interface RunSettings {
  weights?: Record<string, number>;
  rules?: RunRules;
  basedOnRunId?: string;
}

interface PairPerson {
  id: string;
  name: string;
  title: string;
  department: string;
}

/** What HR sees of a pair's workspace: counts only, never notes, topics or objectives. */
export interface PairWorkspaceCounts {
  agreement: 'pending' | 'agreed';
  meetingsHeld: number;
  meetingsPlanned: number;
  goals: { total: number; completed: number };
}

export interface Pair {
  id: string;
  programId: string;
  status: 'active' | 'paused' | 'ended';
  mentor: PairPerson;
  mentee: PairPerson;
  score: number;
  explanation: string;
  startedAt: string;
  endedAt: string | null;
  endReason?: string;
  openRepairRequests?: number;
  /** Absent on ended pairs from servers before the workspace. */
  workspace?: PairWorkspaceCounts;
}

export interface RepairRequest {
  id: string;
  pairId: string;
  requestedBy: { id: string; name: string };
  reason: string;
  status: string;
  createdAt: string;
}

export interface MyPair {
  pairId: string;
  program: { id: string; name: string; phase: string };
  role: 'mentor' | 'mentee';
  partner: { name: string; title: string; department: string; location: string };
  explanation: string;
  score: number;
  startedAt: string;
  status: string;
}

export type HealthState = 'healthy' | 'at_risk' | 'inactive';

/** How one live pair is doing (GET /api/programs/:id/pair-health): reasons in HR's words, counts only. */
export interface PairHealthItem {
  pairId: string;
  mentor: { id: string; name: string };
  mentee: { id: string; name: string };
  state: HealthState;
  reasons: { code: string; message: string }[];
  meetingsHeld: number;
  meetingsPlanned: number;
}

export interface PairHealth {
  summary: Record<HealthState, number> & { total: number };
  /** Inactive first, then at risk, then healthy; by mentor name within each. */
  items: PairHealthItem[];
}
