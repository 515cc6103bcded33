import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Role } from '#core/access/roles';
import { ENROLLMENT_STATUS_LIST } from '#core/programs/enrollment-rules';

/**
 * One schema for PGlite and PostgreSQL. Every tenant-owned table carries `org_id`, and every query
 * on it is scoped by that column. Accounts are global (one login may belong to several organisations);
 * what an account may do lives in `memberships`, which is tenant-owned.
 */

const id = () => text('id').primaryKey().default(sql`gen_random_uuid()::text`);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
/** The tenant of a row: every tenant-owned table has it, and every query filters on it. */
const orgId = () =>
  text('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });

export const organisations = pgTable('organisations', {
  id: id(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  /** No figure from fewer people than this reaches a report. */
  minGroupSize: integer('min_group_size').notNull().default(5),
  createdAt: createdAt(),
});

export const people = pgTable(
  'people',
  {
    id: id(),
    orgId: orgId(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    title: text('title').notNull().default(''),
    /** Seniority grade, 1 (entry) upwards; reverse programs pair a lower level with a higher one. */
    level: integer('level'),
    department: text('department').notNull().default(''),
    managerId: text('manager_id'),
    location: text('location').notNull().default(''),
    timeZone: text('time_zone').notNull().default('UTC'),
    hireDate: date('hire_date'),
    employmentStatus: text('employment_status', { enum: ['active', 'on_leave', 'left'] })
      .notNull()
      .default('active'),
    endDate: date('end_date'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('people_org_email_idx').on(t.orgId, sql`lower(${t.email})`),
    index('people_org_manager_idx').on(t.orgId, t.managerId),
    foreignKey({ columns: [t.managerId], foreignColumns: [t.id] }).onDelete('set null'),
  ],
);

export const accounts = pgTable('accounts', {
  id: id(),
  /** Stored lower-cased. */
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** scrypt hash; null until an invited person sets a password. */
  passwordHash: text('password_hash'),
  disabled: boolean('disabled').notNull().default(false),
  createdAt: createdAt(),
});

export const memberships = pgTable(
  'memberships',
  {
    id: id(),
    orgId: orgId(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    personId: text('person_id').references(() => people.id, { onDelete: 'set null' }),
    roles: text('roles').array().$type<Role[]>().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('memberships_org_account_idx').on(t.orgId, t.accountId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** sha256 of the cookie token: a leaked table does not yield usable sessions. */
    id: text('id').primaryKey(),
    orgId: orgId(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent').notNull().default(''),
    ip: text('ip').notNull().default(''),
  },
  (t) => [index('sessions_account_idx').on(t.accountId)],
);

/** One-time links: invitations and password resets. Only the sha256 of the token is stored. */
export const oneTimeTokens = pgTable(
  'one_time_tokens',
  {
    id: text('id').primaryKey(),
    orgId: orgId(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['invitation', 'password_reset'] }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdBy: text('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('one_time_tokens_account_idx').on(t.accountId)],
);

/** Every email the product sends. Without SMTP it stays here and an org admin reads it in the UI. */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    orgId: orgId(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    transport: text('transport', { enum: ['outbox', 'smtp'] }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    error: text('error'),
    createdAt: createdAt(),
  },
  (t) => [index('outbox_org_created_idx').on(t.orgId, t.createdAt)],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    orgId: orgId(),
    actorAccountId: text('actor_account_id'),
    action: text('action').notNull(),
    target: text('target').notNull().default(''),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    ip: text('ip').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('audit_events_org_created_idx').on(t.orgId, t.createdAt)],
);

// ---------------------------------------------------------------------------------------------
// Programs and enrollment (issue 4). Settings whose shape belongs to the core live as jsonb typed
// by the core's own types; columns are kept for what is filtered or joined on.
// ---------------------------------------------------------------------------------------------

export const programs = pgTable(
  'programs',
  {
    id: id(),
    orgId: orgId(),
    name: text('name').notNull(),
    type: text('type', { enum: ['reverse', 'traditional', 'peer', 'group'] }).notNull(),
    phase: text('phase', {
      enum: ['draft', 'recruiting', 'matching', 'active', 'midpoint', 'closing', 'closed'],
    })
      .notNull()
      .default('draft'),
    sponsorPersonId: text('sponsor_person_id').references(() => people.id, { onDelete: 'set null' }),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    midpointDate: date('midpoint_date').notNull(),
    /** ProgramSettings from #core/programs/program-settings: purpose, objectives, cadence, eligibility … */
    settings: jsonb('settings').$type<Record<string, unknown>>().notNull(),
    /** IntakeForm from #core/programs/intake-form: the ordered questions. */
    intakeForm: jsonb('intake_form').$type<unknown[]>().notNull(),
    clonedFromId: text('cloned_from_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programs_org_idx').on(t.orgId, t.phase)],
);

export const programTransitions = pgTable(
  'program_transitions',
  {
    id: id(),
    orgId: orgId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    fromPhase: text('from_phase'),
    toPhase: text('to_phase').notNull(),
    actorAccountId: text('actor_account_id'),
    reason: text('reason').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('program_transitions_program_idx').on(t.orgId, t.programId, t.createdAt)],
);

/** The organisation's skill list, grown by intake answers ("add one"). */
export const skills = pgTable(
  'skills',
  {
    id: id(),
    orgId: orgId(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('skills_org_name_idx').on(t.orgId, sql`lower(${t.name})`)],
);

export const enrollments = pgTable(
  'enrollments',
  {
    id: id(),
    orgId: orgId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['mentor', 'mentee'] }).notNull(),
    status: text('status', { enum: ENROLLMENT_STATUS_LIST }).notNull(),
    /** Answers to non-sensitive questions, by question id. */
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull().default({}),
    /** Answers to sensitive questions, kept apart: never shown to other participants or in lists. */
    sensitiveAnswers: jsonb('sensitive_answers').$type<Record<string, unknown>>().notNull().default({}),
    /** Explicit consent to use the sensitive answers in matching. */
    matchingConsent: boolean('matching_consent').notNull().default(false),
    nominatedByAccountId: text('nominated_by_account_id'),
    nominationNote: text('nomination_note').notNull().default(''),
    decidedByAccountId: text('decided_by_account_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('enrollments_program_person_idx').on(t.orgId, t.programId, t.personId),
    index('enrollments_program_status_idx').on(t.orgId, t.programId, t.status),
  ],
);

/** Every grant or withdrawal of consent, with its time: the record behind `matchingConsent`. */
export const consentRecords = pgTable(
  'consent_records',
  {
    id: id(),
    orgId: orgId(),
    enrollmentId: text('enrollment_id')
      .notNull()
      .references(() => enrollments.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: ['matching'] }).notNull(),
    granted: boolean('granted').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('consent_records_enrollment_idx').on(t.orgId, t.enrollmentId)],
);

// ---------------------------------------------------------------------------------------------
// Pairing (issue 5): match runs as HR works on them, and the pairs they publish.
// ---------------------------------------------------------------------------------------------

/**
 * One run of the matcher on a program's approved people: the cohort exactly as given to the
 * matcher, its untouched result, and the working proposal HR adjusts before publishing.
 */
export const matchRuns = pgTable(
  'match_runs',
  {
    id: id(),
    orgId: orgId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['initial', 'rematch'] }).notNull(),
    status: text('status', { enum: ['draft', 'published', 'discarded'] })
      .notNull()
      .default('draft'),
    /** The Cohort (#core/matching/cohort-schema) given to the matcher: people, rules, weights, pins, blocks. */
    cohort: jsonb('cohort').$type<Record<string, unknown>>().notNull(),
    /** The matcher's MatchResult as it came out, never edited. */
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    /** The proposal HR is shaping: pairs with scores and explanations, and where each came from. */
    proposal: jsonb('proposal').$type<unknown[]>().notNull(),
    /** The run this one was compared with or re-run from (what-if). */
    basedOnRunId: text('based_on_run_id'),
    createdByAccountId: text('created_by_account_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('match_runs_program_idx').on(t.orgId, t.programId, t.createdAt)],
);

/** Every change HR makes to a proposal, against what the algorithm suggested. */
export const matchRunChanges = pgTable(
  'match_run_changes',
  {
    id: id(),
    orgId: orgId(),
    runId: text('run_id')
      .notNull()
      .references(() => matchRuns.id, { onDelete: 'cascade' }),
    action: text('action', { enum: ['pin', 'unpin', 'block', 'swap', 'pair', 'remove'] }).notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    reason: text('reason').notNull().default(''),
    actorAccountId: text('actor_account_id'),
    createdAt: createdAt(),
  },
  (t) => [index('match_run_changes_run_idx').on(t.orgId, t.runId, t.createdAt)],
);

export const pairs = pgTable(
  'pairs',
  {
    id: id(),
    orgId: orgId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    mentorPersonId: text('mentor_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    menteePersonId: text('mentee_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['active', 'paused', 'ended'] })
      .notNull()
      .default('active'),
    score: integer('score').notNull(),
    /** Why they were paired, in words safe for both people (no sensitive attributes). */
    explanation: text('explanation').notNull(),
    contributions: jsonb('contributions').$type<unknown[]>().notNull(),
    matchRunId: text('match_run_id').references(() => matchRuns.id, { onDelete: 'set null' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Why HR ended the pair: confidential to HR, never shown to the pair. */
    endReason: text('end_reason').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('pairs_program_idx').on(t.orgId, t.programId, t.status),
    index('pairs_mentor_idx').on(t.orgId, t.mentorPersonId),
    index('pairs_mentee_idx').on(t.orgId, t.menteePersonId),
  ],
);

/** A participant's confidential request to HR to be re-paired; the partner never sees it. */
export const repairRequests = pgTable(
  'repair_requests',
  {
    id: id(),
    orgId: orgId(),
    pairId: text('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    requestedByPersonId: text('requested_by_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'resolved'] })
      .notNull()
      .default('open'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('repair_requests_pair_idx').on(t.orgId, t.pairId)],
);
