import { z } from 'zod';
import { CHANGE_ACTIONS } from '#core/pairing/apply-change';
import { MEETING_MODES } from '#core/programs/intake-answers';

/** The pairing API's shapes (docs/api/pairing.md), shared by the HR and participant routes. */
const skill = z.object({ skill: z.string(), level: z.number() });

export const personCardSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    title: z.string(),
    department: z.string(),
    level: z.number().nullable(),
    location: z.string(),
    canTeach: z.array(skill),
    wantToLearn: z.array(skill),
    availabilityHours: z.number(),
    meetingMode: z.enum(MEETING_MODES).nullable(),
    sensitiveUse: z.enum(['used with consent', 'not used']),
  })
  .meta({ id: 'PersonCard' });

export const qualitySchema = z
  .object({
    pairs: z.number(),
    mentorsMatchedShare: z.number(),
    menteesMatchedShare: z.number(),
    averageScore: z.number(),
    lowestScore: z.number(),
    hardRulesChecked: z.array(z.object({ rule: z.string(), label: z.string(), pairsExcluded: z.number() })),
    crossDepartmentShare: z.number(),
    departmentsInvolved: z.number(),
  })
  .meta({ id: 'MatchQuality' });

const contribution = z.object({
  criterion: z.string(),
  label: z.string(),
  points: z.number(),
  maxPoints: z.number(),
});

export const matchRunSchema = z
  .object({
    id: z.string(),
    programId: z.string(),
    kind: z.enum(['initial', 'rematch']),
    status: z.enum(['draft', 'published', 'discarded']),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    publishedAt: z.string().nullable(),
    basedOnRunId: z.string().nullable(),
    weights: z.record(z.string(), z.number()),
    rules: z.record(z.string(), z.unknown()),
    pairs: z.array(
      z.object({
        mentor: personCardSchema,
        mentee: personCardSchema,
        score: z.number(),
        contributions: z.array(contribution),
        explanation: z.string(),
        source: z.enum(['algorithm', 'hr']),
        pinned: z.boolean(),
        warnings: z.array(z.string()),
      }),
    ),
    unmatched: z.array(
      z.object({
        person: personCardSchema,
        side: z.enum(['mentor', 'mentee']),
        reason: z.string(),
        message: z.string(),
        bestCandidates: z.array(
          z.object({
            person: personCardSchema,
            score: z.number(),
            explanation: z.string(),
            blockedBy: z.string().nullable(),
          }),
        ),
      }),
    ),
    quality: qualitySchema,
    dataProblems: z.array(z.object({ message: z.string() })),
    changes: z.array(
      z.object({
        action: z.string(),
        detail: z.record(z.string(), z.unknown()),
        reason: z.string(),
        actorName: z.string().nullable(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'MatchRun' });

export const runDiffSchema = z
  .object({
    kept: z.number(),
    changed: z.array(
      z.object({
        mentee: z.string(),
        from: z.string().nullable(),
        to: z.string().nullable(),
        scoreChange: z.number(),
      }),
    ),
    newlyUnmatched: z.array(z.string()),
    newlyMatched: z.array(z.string()),
    averageScoreChange: z.number(),
  })
  .meta({ id: 'RunDiff' });

export const workspaceCountsSchema = z
  .object({
    agreement: z.enum(['pending', 'agreed']),
    meetingsHeld: z.number(),
    meetingsPlanned: z.number(),
    goals: z.object({ total: z.number(), completed: z.number() }),
  })
  .meta({ id: 'WorkspaceCounts' });

const personRef = z.object({ id: z.string(), name: z.string(), title: z.string(), department: z.string() });

export const pairSchema = z
  .object({
    id: z.string(),
    programId: z.string(),
    status: z.enum(['active', 'paused', 'ended']),
    mentor: personRef,
    mentee: personRef,
    score: z.number(),
    explanation: z.string(),
    startedAt: z.string(),
    endedAt: z.string().nullable(),
    endReason: z.string().optional(),
    openRepairRequests: z.number().optional(),
    /** HR only: how far the pair has got in its workspace, as counts (never notes or topics). */
    workspace: workspaceCountsSchema.optional(),
  })
  .meta({ id: 'Pair' });

export const startRunBody = z.object({
  weights: z.record(z.string(), z.number().min(0).max(100)).optional(),
  rules: z
    .object({
      notSameDepartment: z.boolean().optional(),
      minimumScore: z.number().min(0).max(100).optional(),
      objective: z.enum(['most-pairs', 'highest-total']).optional(),
      maxConcurrentMentees: z.number().int().min(0).max(20).optional(),
    })
    .strict()
    .optional(),
  basedOnRunId: z.string().min(1).max(100).optional(),
});

const id = z.string().min(1).max(100);
export const changeBody = z.object({
  action: z.enum(CHANGE_ACTIONS),
  mentorId: id.optional(),
  menteeId: id.optional(),
  otherMenteeId: id.optional(),
  reason: z.string().max(1000).optional(),
});

export const reasonBody = z.object({
  reason: z.string({ error: 'Give a reason.' }).trim().min(1, 'Give a reason.').max(2000),
});

export const runListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['initial', 'rematch']),
      status: z.enum(['draft', 'published', 'discarded']),
      createdAt: z.string(),
      createdBy: z.string().nullable(),
      quality: qualitySchema,
    }),
  ),
});

export const repairRequestListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      pairId: z.string(),
      requestedBy: z.object({ id: z.string(), name: z.string() }),
      reason: z.string(),
      status: z.enum(['open', 'resolved']),
      createdAt: z.string(),
    }),
  ),
});
