import type { Issue } from '#core/result';
import type { Contribution } from './pair-score';

/** What proposeMatches returns: pairs with their reasons, the unmatched with theirs, quality figures. */
export type ProposedPair = {
  readonly mentorId: string;
  readonly menteeId: string;
  /** 0–100. */
  readonly score: number;
  readonly contributions: readonly Contribution[];
  readonly explanation: string;
  /** Made because HR pinned it. */
  readonly pinned: boolean;
};

export type UnmatchedReason =
  | 'no-eligible-partner'
  | 'below-minimum-score'
  | 'capacity-exhausted'
  | 'partners-taken'
  | 'outside-candidates';

export type Unmatched = {
  readonly personId: string;
  readonly side: 'mentor' | 'mentee';
  readonly reason: UnmatchedReason;
  readonly message: string;
  /** For no-eligible-partner: how many partners each hard rule excluded. */
  readonly excludedBy?: Readonly<Record<string, number>>;
};

export type RuleCheck = { readonly rule: string; readonly label: string; readonly pairsExcluded: number };

export type MatchQuality = {
  readonly pairs: number;
  readonly mentorsMatchedShare: number;
  readonly menteesMatchedShare: number;
  readonly totalScore: number;
  readonly averageScore: number;
  readonly lowestScore: number;
  readonly pairsEvaluated: number;
  readonly hardRulesChecked: readonly RuleCheck[];
  readonly crossDepartmentShare: number;
  readonly departmentsInvolved: number;
  readonly solver: 'dense' | 'sparse';
  readonly candidatesPerMentee: number | null;
  /** Percent of the dense optimum's total lost by solving on the candidate graph, when measured. */
  readonly candidateGapPercent: number | null;
};

export type MatchResult = {
  readonly pairs: readonly ProposedPair[];
  readonly unmatched: readonly Unmatched[];
  readonly quality: MatchQuality;
  readonly dataProblems: readonly Issue[];
};
