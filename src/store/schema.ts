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
  /** Months after a program closes before its participants' personal content is purged (issue 9). */
  retentionMonths: integer('retention_months').notNull().default(24),
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
    /** When an org admin erased this person: personal fields blanked, private content removed. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
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
    /** Attachments kept with an outbox message (e.g. a meeting's .ics); empty when sent by SMTP. */
    attachments: jsonb('attachments')
      .$type<{ filename: string; contentType: string; content: string }[]>()
      .notNull()
      .default([]),
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
    /** When the retention job purged this closed program's personal content. */
    purgedAt: timestamp('purged_at', { withTimezone: true }),
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
    // side last: HR's counts of approved mentors and mentees read the index alone
    index('enrollments_program_status_side_idx').on(t.orgId, t.programId, t.status, t.side),
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

// ---------------------------------------------------------------------------------------------
// Pair workspace (issue 6): the kickoff agreement, meetings on a cadence, what each side taught,
// private notes (encrypted), goals, confidential concerns and calendar subscriptions.
// ---------------------------------------------------------------------------------------------

/**
 * What a pair agrees at kickoff. Any edit bumps `version` and clears both acceptances; when both
 * have accepted the current version, its schedule becomes the pair's meetings.
 */
export const pairAgreements = pgTable('pair_agreements', {
  pairId: text('pair_id')
    .primaryKey()
    .references(() => pairs.id, { onDelete: 'cascade' }),
  orgId: orgId(),
  groundRules: jsonb('ground_rules').$type<string[]>().notNull(),
  /** MeetingSchedule from #core/calendar/meeting-schedule. */
  schedule: jsonb('schedule').$type<Record<string, unknown>>().notNull(),
  /** What the junior (mentor) wants to learn from the senior. */
  mentorObjectives: jsonb('mentor_objectives').$type<string[]>().notNull(),
  /** What the senior (mentee) wants to learn from the junior. */
  menteeObjectives: jsonb('mentee_objectives').$type<string[]>().notNull(),
  version: integer('version').notNull().default(1),
  mentorAcceptedAt: timestamp('mentor_accepted_at', { withTimezone: true }),
  menteeAcceptedAt: timestamp('mentee_accepted_at', { withTimezone: true }),
  /** When both accepted: the agreement is in force from then on. */
  agreedAt: timestamp('agreed_at', { withTimezone: true }),
  updatedByPersonId: text('updated_by_person_id'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One recurrence of a pair's meetings (an iCalendar VEVENT with RRULE, UID = id). Changing the
 * cadence from a date ends this series the day before and starts a new one.
 */
export const meetingSeries = pgTable(
  'meeting_series',
  {
    id: id(),
    orgId: orgId(),
    pairId: text('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    /** MeetingSchedule from #core/calendar/meeting-schedule (weekday, time, zone, cadence, place). */
    schedule: jsonb('schedule').$type<Record<string, unknown>>().notNull(),
    /** First and last day (inclusive, in the schedule's zone) occurrences may fall on. */
    startsOn: date('starts_on').notNull(),
    endsOn: date('ends_on').notNull(),
    /** iCalendar SEQUENCE of the master event; bumped on every change sent to calendars. */
    sequence: integer('sequence').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('meeting_series_pair_idx').on(t.orgId, t.pairId)],
);

/** One occurrence: generated from a series, then moved, cancelled or logged on its own. */
export const meetings = pgTable(
  'meetings',
  {
    id: id(),
    orgId: orgId(),
    pairId: text('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    seriesId: text('series_id')
      .notNull()
      .references(() => meetingSeries.id, { onDelete: 'cascade' }),
    /** The start the rule gave it: iCalendar RECURRENCE-ID. Never changes. */
    originalStart: timestamp('original_start', { withTimezone: true }).notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    status: text('status', { enum: ['scheduled', 'cancelled', 'held', 'missed'] })
      .notNull()
      .default('scheduled'),
    /** iCalendar SEQUENCE of this occurrence's override; bumped when moved or cancelled. */
    sequence: integer('sequence').notNull().default(0),
    /** Index into the program's topic plan chosen by the pair; null = the next unused one. */
    topicIndex: integer('topic_index'),
    /** A topic of the pair's own instead of the plan's. */
    customTopic: text('custom_topic'),
    sharedNotes: text('shared_notes').notNull().default(''),
    loggedByPersonId: text('logged_by_person_id'),
    loggedAt: timestamp('logged_at', { withTimezone: true }),
    /** How useful it was, 1–5, each person's own. */
    mentorPulse: integer('mentor_pulse'),
    menteePulse: integer('mentee_pulse'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meetings_pair_idx').on(t.orgId, t.pairId, t.startsAt),
    index('meetings_starts_idx').on(t.startsAt, t.status),
    uniqueIndex('meetings_series_occurrence_idx').on(t.seriesId, t.originalStart),
  ],
);

/** What one side taught in a meeting: a skill from the organisation's list. */
export const meetingLessons = pgTable(
  'meeting_lessons',
  {
    id: id(),
    orgId: orgId(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    taughtBy: text('taught_by', { enum: ['mentor', 'mentee'] }).notNull(),
    skillId: text('skill_id')
      .notNull()
      .references(() => skills.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('meeting_lessons_unique_idx').on(t.meetingId, t.taughtBy, t.skillId)],
);

/**
 * A person's own notes on a meeting: readable by the author only. `ciphertext` is AES-256-GCM
 * under the server's key (see #server/crypto), bound to the note's meeting and author.
 */
export const privateNotes = pgTable(
  'private_notes',
  {
    id: id(),
    orgId: orgId(),
    meetingId: text('meeting_id')
      .notNull()
      .references(() => meetings.id, { onDelete: 'cascade' }),
    authorPersonId: text('author_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    ciphertext: text('ciphertext').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('private_notes_author_idx').on(t.meetingId, t.authorPersonId)],
);

/** A goal of one side of a pair, visible to the pair; HR sees counts and completion only. */
export const pairGoals = pgTable(
  'pair_goals',
  {
    id: id(),
    orgId: orgId(),
    pairId: text('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['mentor', 'mentee'] }).notNull(),
    title: text('title').notNull(),
    /** 0–100. */
    progress: integer('progress').notNull().default(0),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdByPersonId: text('created_by_person_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pair_goals_pair_idx').on(t.orgId, t.pairId)],
);

export const goalUpdates = pgTable(
  'goal_updates',
  {
    id: id(),
    orgId: orgId(),
    goalId: text('goal_id')
      .notNull()
      .references(() => pairGoals.id, { onDelete: 'cascade' }),
    authorPersonId: text('author_person_id'),
    progress: integer('progress').notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [index('goal_updates_goal_idx').on(t.orgId, t.goalId, t.createdAt)],
);

/** A participant's confidential concern to HR about their pair; the partner never sees it. */
export const concerns = pgTable(
  'concerns',
  {
    id: id(),
    orgId: orgId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    pairId: text('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    raisedByPersonId: text('raised_by_person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    subject: text('subject').notNull(),
    status: text('status', { enum: ['open', 'resolved'] })
      .notNull()
      .default('open'),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('concerns_org_status_idx').on(t.orgId, t.status, t.createdAt),
    index('concerns_raiser_idx').on(t.orgId, t.raisedByPersonId),
  ],
);

/** The conversation on a concern: the participant's first message, HR's replies and theirs. */
export const concernMessages = pgTable(
  'concern_messages',
  {
    id: id(),
    orgId: orgId(),
    concernId: text('concern_id')
      .notNull()
      .references(() => concerns.id, { onDelete: 'cascade' }),
    fromHr: boolean('from_hr').notNull(),
    authorAccountId: text('author_account_id'),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('concern_messages_concern_idx').on(t.orgId, t.concernId, t.createdAt)],
);

/**
 * A person's private calendar subscription. The URL's secret is an HMAC of the id under the
 * server's key, so nothing secret is stored; revoking sets `revoked_at` and a new feed gets a new id.
 */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: id(),
    orgId: orgId(),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('calendar_feeds_person_idx').on(t.orgId, t.personId)],
);

// ---------------------------------------------------------------------------------------------
// Check-ins, reminders and pair health (issue 7): each program's surveys, who was asked, what they
// answered; each person's choice of emails; the notifications already sent (so a retried job never
// sends twice); HR's decisions at the midpoint review.
// ---------------------------------------------------------------------------------------------

/**
 * One of a program's check-in surveys (kickoff, midpoint, final), copied from the defaults when the
 * program is created and editable by HR until it opens. It opens on `opensOn` (the invitations job
 * sends it) or when HR sends it early, and takes answers until `closesOn` or until HR closes it.
 */
export const programSurveys = pgTable(
  'program_surveys',
  {
    id: id(),
    orgId: orgId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** The template's key, e.g. 'midpoint_check_in'; one survey per key per program. */
    key: text('key').notNull(),
    timing: text('timing', { enum: ['kickoff', 'midpoint', 'final'] }).notNull(),
    /** SurveyTemplate from #core/surveys/survey-template. */
    template: jsonb('template').$type<Record<string, unknown>>().notNull(),
    opensOn: date('opens_on').notNull(),
    closesOn: date('closes_on').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('program_surveys_key_idx').on(t.orgId, t.programId, t.key)],
);

/** Who was asked to answer a survey, for which pair and side, and when they were invited and reminded. */
export const surveyRecipients = pgTable(
  'survey_recipients',
  {
    id: id(),
    orgId: orgId(),
    surveyId: text('survey_id')
      .notNull()
      .references(() => programSurveys.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    pairId: text('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['mentor', 'mentee'] }).notNull(),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('survey_recipients_person_idx').on(t.surveyId, t.personId),
    index('survey_recipients_person_lookup_idx').on(t.orgId, t.personId),
  ],
);

/**
 * A recipient's answers (SurveyAnswers from #core/surveys/survey-answers). Only aggregates leave the
 * server for HR and sponsors; written answers only where the respondent ticked that HR may read them.
 */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: id(),
    orgId: orgId(),
    surveyId: text('survey_id')
      .notNull()
      .references(() => programSurveys.id, { onDelete: 'cascade' }),
    recipientId: text('recipient_id')
      .notNull()
      .references(() => surveyRecipients.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('survey_responses_recipient_idx').on(t.recipientId),
    index('survey_responses_survey_idx').on(t.orgId, t.surveyId),
  ],
);

/** Which optional emails a member gets (NotificationChoices from #core/notifications); no row = defaults. */
export const notificationSettings = pgTable(
  'notification_settings',
  {
    orgId: orgId(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    choices: jsonb('choices').$type<Record<string, boolean>>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('notification_settings_member_idx').on(t.orgId, t.accountId)],
);

/**
 * Every notification a job sent, by a key that names the occasion (e.g. a meeting's reminder for
 * one person at one start time). A job claims the key before sending; a retried or concurrent job
 * finds it taken and sends nothing.
 */
export const sentNotifications = pgTable(
  'sent_notifications',
  {
    id: id(),
    orgId: orgId(),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    toAddress: text('to_address').notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('sent_notifications_key_idx').on(t.orgId, t.key)],
);

/** HR's decision about a pair at the midpoint review: keep it, send it resources, or re-pair it. */
export const pairReviews = pgTable(
  'pair_reviews',
  {
    id: id(),
    orgId: orgId(),
    programId: text('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    pairId: text('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    decision: text('decision', { enum: ['keep', 'send_resources', 'repair'] }).notNull(),
    /** HR's own note; never shown to the pair. */
    note: text('note').notNull().default(''),
    decidedByAccountId: text('decided_by_account_id'),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pair_reviews_pair_idx').on(t.orgId, t.pairId)],
);

/**
 * Failed sign-ins of the last few minutes, one row each, for throttling per account and per address
 * across every instance on one database. Accounts are global, so no `org_id`; the email is stored as
 * the sha256 of its normalised form (attempts at unknown addresses are counted the same way).
 */
export const loginFailures = pgTable(
  'login_failures',
  {
    id: id(),
    emailDigest: text('email_digest').notNull(),
    ip: text('ip').notNull(),
    failedAt: timestamp('failed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('login_failures_email_idx').on(t.emailDigest, t.failedAt),
    index('login_failures_ip_idx').on(t.ip, t.failedAt),
    index('login_failures_at_idx').on(t.failedAt),
  ],
);

/**
 * HR's part of a program's impact report (issue 8): the key takeaways they write, and the consented
 * testimonials they chose to quote (survey answers whose author agreed to be quoted, without a name).
 */
export const programReports = pgTable('program_reports', {
  programId: text('program_id')
    .primaryKey()
    .references(() => programs.id, { onDelete: 'cascade' }),
  orgId: orgId(),
  takeaways: text('takeaways').notNull().default(''),
  /** The quoted answers, in order: [{ responseId, questionId }]. */
  quotes: jsonb('quotes').$type<{ responseId: string; questionId: string }[]>().notNull().default([]),
  updatedByAccountId: text('updated_by_account_id'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Each person's answer, once the program closes, to whether their pair keeps meeting informally. */
export const pairContinuations = pgTable(
  'pair_continuations',
  {
    id: id(),
    orgId: orgId(),
    pairId: text('pair_id')
      .notNull()
      .references(() => pairs.id, { onDelete: 'cascade' }),
    personId: text('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    continues: boolean('continues').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pair_continuations_pair_person_idx').on(t.orgId, t.pairId, t.personId)],
);
