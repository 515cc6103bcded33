import type { HealthState } from '#core/health/pair-health';

/**
 * Monday's digest for HR (issue 7), from figures only. What goes in is already safe for HR: pair
 * health states and the health rules' reasons, counts of open concerns and repair requests, and how
 * many check-in answers came in. Never the words of a concern, a note, a pulse or an answer.
 */

export type DigestPhase = 'active' | 'midpoint' | 'closing';

export type DigestProgramInput = {
  readonly programId: string;
  readonly name: string;
  readonly phase: DigestPhase;
  readonly health: {
    readonly summary: Readonly<Record<HealthState, number>> & { readonly total: number };
    readonly pairs: readonly {
      readonly pairId: string;
      readonly mentorName: string;
      readonly menteeName: string;
      readonly state: HealthState;
      readonly reasons: readonly string[];
    }[];
  };
  readonly openConcerns: number;
  readonly openRepairRequests: number;
  /** Check-in answers submitted in the last 7 days, across the program's surveys. */
  readonly responsesThisWeek: number;
  readonly openCheckIns: readonly {
    readonly title: string;
    readonly invited: number;
    readonly responded: number;
  }[];
};

export type AttentionPair = {
  readonly pairId: string;
  readonly names: string;
  readonly state: Exclude<HealthState, 'healthy'>;
  readonly reasons: readonly string[];
};

export type DigestSection = Omit<DigestProgramInput, 'health'> & {
  /** Where HR acts on it: the midpoint review from the midpoint on, the program page before. */
  readonly path: string;
  readonly health: DigestProgramInput['health']['summary'];
  /** Worst first, at most `DIGEST_ATTENTION_LIMIT`. */
  readonly attention: readonly AttentionPair[];
  /** Pairs needing attention beyond those listed. */
  readonly moreAttention: number;
};

export type HrDigest = {
  readonly sections: readonly DigestSection[];
  readonly pairsNeedingAttention: number;
  readonly openConcerns: number;
};

/** An email is read on a phone: the rest are one click away. */
export const DIGEST_ATTENTION_LIMIT = 10;

const WORST_FIRST: Readonly<Record<HealthState, number>> = { inactive: 0, at_risk: 1, healthy: 2 };

export function programPath(programId: string, phase: DigestPhase): string {
  return phase === 'active' ? `/programs/${programId}` : `/programs/${programId}/midpoint-review`;
}

/** One section per running program, by name; null when there is none (no digest is sent). */
export function buildHrDigest(programs: readonly DigestProgramInput[]): HrDigest | null {
  if (programs.length === 0) return null;
  const sections = [...programs]
    .sort((a, b) => a.name.localeCompare(b.name) || a.programId.localeCompare(b.programId))
    .map(section);
  return {
    sections,
    pairsNeedingAttention: sections.reduce((sum, s) => sum + s.attention.length + s.moreAttention, 0),
    openConcerns: sections.reduce((sum, s) => sum + s.openConcerns, 0),
  };
}

function section(program: DigestProgramInput): DigestSection {
  const needing = program.health.pairs
    .filter((p): p is typeof p & { state: AttentionPair['state'] } => p.state !== 'healthy')
    .map((p, index) => ({ p, index }))
    .sort((a, b) => WORST_FIRST[a.p.state] - WORST_FIRST[b.p.state] || a.index - b.index)
    .map(({ p }) => ({
      pairId: p.pairId,
      names: `${p.mentorName} and ${p.menteeName}`,
      state: p.state,
      reasons: [...p.reasons],
    }));
  const { health, ...rest } = program;
  return {
    ...rest,
    path: programPath(program.programId, program.phase),
    health: health.summary,
    attention: needing.slice(0, DIGEST_ATTENTION_LIMIT),
    moreAttention: Math.max(0, needing.length - DIGEST_ATTENTION_LIMIT),
  };
}
