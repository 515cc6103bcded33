import type { Phase } from '#core/programs/program-phase';
import type { ProgramSurvey } from '../check-ins/check-in-types';
import type { PairHealth, PairHealthItem } from '../pairing/pairing-types';

/** The midpoint review's shapes (docs/api/check-ins.md, "Midpoint review"), as the web app reads them. */
export type ReviewDecision = 'keep' | 'send_resources' | 'repair';

export interface ReviewPair extends PairHealthItem {
  /** The midpoint check-in: who answered, never what. */
  checkIn: { mentorAnswered: boolean; menteeAnswered: boolean };
  openRepairRequests: number;
  decision: null | { decision: ReviewDecision; note: string; decidedAt: string; decidedBy: string };
}

export interface ReviewResource {
  index: number;
  title: string;
  url: string;
  description: string;
}

export interface ReviewRepairRequest {
  id: string;
  pairId: string;
  requestedBy: { id: string; name: string };
  reason: string;
  createdAt: string;
}

export interface MidpointReview {
  program: {
    id: string;
    name: string;
    phase: Phase;
    startDate: string;
    midpointDate: string;
    endDate: string;
  };
  health: PairHealth;
  /** Worst health first. */
  pairs: ReviewPair[];
  midpointSurvey: ProgramSurvey | null;
  /** Open ones, newest first. */
  repairRequests: ReviewRepairRequest[];
  resources: ReviewResource[];
}

export interface DecisionInput {
  decision: ReviewDecision;
  note?: string;
  resourceIndexes?: number[];
}

/** The pair's row after a decision; with `repair`, where to end the pair and re-match. */
export type DecidedPair = ReviewPair & { next?: string };
