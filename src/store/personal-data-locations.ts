/**
 * Issue 9: the one list of where a person's data lives, table by table, and what the data export
 * (export-my-data) and erasure (person-erasure-store, personal-content-store) do with each. The
 * export file carries it (`dataLocations`) so the person reads where their data is and why some of
 * it is left out; erasure takes from it every text that may quote a person's name or address.
 * `personal-data-locations.test.ts` walks the schema and fails when a table is on neither this list
 * nor `NOT_PERSONAL_TABLES`, and plants data in every exported location to find it in the export.
 */

/** Where the location appears in the export file (a path into its JSON), or why it is left out. */
export type ExportRule = { readonly section: string } | { readonly omitted: string };

/** What erasing the person does with it: removed (blanked or deleted), or kept and why. */
export type ErasureRule = { readonly removed: string } | { readonly kept: string };

/** A text column that may quote a person's name or email address; erasure replaces them there. */
export type QuotingText = { readonly column: string; readonly json: boolean };

export type PersonalLocation = {
  readonly table: string;
  /** How a row is the person's. */
  readonly owner: string;
  readonly export: ExportRule;
  readonly erasure: ErasureRule;
  readonly quotes?: readonly QuotingText[];
};

const text = (column: string): QuotingText => ({ column, json: false });
const json = (column: string): QuotingText => ({ column, json: true });

export const PERSONAL_DATA_LOCATIONS: readonly PersonalLocation[] = [
  {
    table: 'people',
    owner: 'the person record itself',
    export: { section: 'person' },
    erasure: {
      removed:
        'name, email, title, manager, location and time zone; level, department, hire date, employment status and end date stay for counts',
    },
  },
  {
    table: 'accounts',
    owner: 'the sign-in of the person’s membership',
    export: { section: 'account' },
    erasure: { removed: 'deleted when it belongs to no other organisation' },
  },
  {
    table: 'memberships',
    owner: 'account and person',
    export: { section: 'membership' },
    erasure: { removed: 'deleted' },
  },
  {
    table: 'sessions',
    owner: 'account',
    export: { section: 'sessions' },
    erasure: { removed: 'deleted' },
  },
  {
    table: 'one_time_tokens',
    owner: 'account',
    export: { omitted: 'invitation and reset links are credentials, not data about the person' },
    erasure: { removed: 'deleted' },
  },
  {
    table: 'calendar_feeds',
    owner: 'person',
    export: { omitted: 'a feed’s id is what its secret address is derived from: a credential' },
    erasure: { removed: 'deleted' },
  },
  {
    table: 'notification_settings',
    owner: 'account',
    export: { section: 'notificationSettings' },
    erasure: { removed: 'deleted with the membership' },
  },
  {
    table: 'outbox',
    owner: 'the address an email was sent to',
    export: {
      omitted:
        'copies of emails received, whose bodies carry sign-in and reset links; what they say is held above',
    },
    erasure: { removed: 'emails to the person deleted; their name and address replaced in the others' },
    quotes: [text('subject'), text('text'), text('html'), json('attachments')],
  },
  {
    table: 'sent_notifications',
    owner: 'the address a notification was sent to',
    export: { omitted: 'a job’s record that an occasion was notified; the email itself is not kept here' },
    erasure: { removed: 'the address replaced (the row stays, so a retried job never sends twice)' },
  },
  {
    table: 'audit_events',
    owner: 'the account that acted',
    export: { section: 'activity' },
    erasure: {
      kept: 'the organisation’s audit trail: the actor’s account no longer exists, and their name and address are replaced in target and detail',
    },
    quotes: [text('target'), json('detail')],
  },
  {
    table: 'programs',
    owner: 'the sponsor',
    export: { section: 'sponsoredPrograms' },
    erasure: { kept: 'the program is the organisation’s; it points to the erased person record' },
  },
  {
    table: 'enrollments',
    owner: 'person',
    export: { section: 'enrollments' },
    erasure: { removed: 'answers, sensitive answers and nomination note; the row stays for counts' },
  },
  {
    table: 'consent_records',
    owner: 'the person’s enrollment',
    export: { section: 'enrollments[].consentRecords' },
    erasure: {
      kept: 'when consent was given and withdrawn: a yes or no and a time, the proof behind matching',
    },
  },
  {
    table: 'match_runs',
    owner: 'a participant of the run’s snapshot',
    export: { omitted: 'HR’s working record about a whole cohort, scored on other people’s answers too' },
    erasure: {
      removed: 'background answers, generation, function and location in the snapshot; the name replaced',
    },
    quotes: [json('cohort'), json('result'), json('proposal')],
  },
  {
    table: 'match_run_changes',
    owner: 'a person HR paired, swapped or removed',
    export: { omitted: 'HR’s record of adjusting a proposal, with HR’s reasons' },
    erasure: { kept: 'ids only; the name replaced in the detail and reason' },
    quotes: [json('detail'), text('reason')],
  },
  {
    table: 'pairs',
    owner: 'mentor or mentee',
    export: { section: 'pairs' },
    erasure: { removed: 'the explanation and HR’s end reason; the pair stays for counts' },
    quotes: [text('explanation'), text('end_reason')],
  },
  {
    table: 'pair_reviews',
    owner: 'the person’s pair',
    export: { omitted: 'HR’s midpoint decision and note, confidential to HR like a pair’s end reason' },
    erasure: { removed: 'HR’s note' },
    quotes: [text('note')],
  },
  {
    table: 'repair_requests',
    owner: 'the person who asked',
    export: { section: 'repairRequests' },
    erasure: { removed: 'the reason' },
  },
  {
    table: 'pair_agreements',
    owner: 'the person’s pair',
    export: { section: 'pairs[].agreement' },
    erasure: { removed: 'ground rules and objectives; the schedule and acceptance dates stay' },
  },
  {
    table: 'meeting_series',
    owner: 'the person’s pair',
    export: { omitted: 'calendar bookkeeping: the schedule is in the agreement, the meetings are listed' },
    erasure: { kept: 'a weekday, time and cadence' },
  },
  {
    table: 'meetings',
    owner: 'the person’s pair',
    export: { section: 'pairs[].meetings' },
    erasure: { removed: 'shared notes and a custom topic; the meeting, its status and pulses stay' },
    quotes: [text('shared_notes')],
  },
  {
    table: 'meeting_lessons',
    owner: 'a meeting of the person’s pair',
    export: { section: 'pairs[].meetings[].lessons' },
    erasure: { kept: 'which skill each side taught: a count' },
  },
  {
    table: 'private_notes',
    owner: 'the author',
    export: { section: 'pairs[].meetings[].myPrivateNote' },
    erasure: { removed: 'deleted (the ciphertext is still the person’s words)' },
  },
  {
    table: 'pair_goals',
    owner: 'the person’s pair',
    export: { section: 'pairs[].goals' },
    erasure: { removed: 'the titles of the person’s own side; progress and dates stay' },
  },
  {
    table: 'goal_updates',
    owner: 'a goal of the person’s pair',
    export: { section: 'pairs[].goals[].updates' },
    erasure: { removed: 'the notes of the person’s own side; progress and dates stay' },
  },
  {
    table: 'pair_continuations',
    owner: 'person',
    export: { section: 'pairs[].continuation' },
    erasure: { kept: 'a yes or no counted in the continuation figures' },
  },
  {
    table: 'concerns',
    owner: 'the person who raised it',
    export: { section: 'concerns' },
    erasure: { removed: 'the subject; the row stays for HR’s counts' },
  },
  {
    table: 'concern_messages',
    owner: 'a concern the person raised',
    export: { section: 'concerns[].messages' },
    erasure: { removed: 'the bodies' },
    quotes: [text('body')],
  },
  {
    table: 'survey_recipients',
    owner: 'person',
    export: { section: 'checkIns' },
    erasure: { kept: 'who was asked and when: the response rate rests on it' },
  },
  {
    table: 'survey_responses',
    owner: 'the person’s check-in',
    export: { section: 'checkIns[].answers' },
    erasure: { removed: 'written answers; scale and choice answers stay for the results' },
  },
];

/** Tables that are not a person's data, each with why; reports may quote a name (see `quotes`). */
export const NOT_PERSONAL_TABLES: Readonly<
  Record<string, { readonly why: string; readonly quotes?: readonly QuotingText[] }>
> = {
  organisations: { why: 'the tenant itself' },
  skills: { why: 'the organisation’s skill list, shared by everyone' },
  program_transitions: { why: 'a program’s phase changes; the actor is an account id, nothing more' },
  program_surveys: { why: 'a program’s survey templates and dates' },
  program_reports: {
    why: 'HR’s takeaways for a whole program; quoted answers are referenced, never copied',
    quotes: [text('takeaways')],
  },
  login_failures: {
    why: 'global sign-in throttling: an email digest and an address, kept for minutes, tied to no person',
  },
};

/** Every text in the schema that may quote a person's name or address, for erasure to replace. */
export const TEXTS_THAT_MAY_QUOTE: readonly (QuotingText & { readonly table: string })[] = [
  ...PERSONAL_DATA_LOCATIONS.flatMap((l) => (l.quotes ?? []).map((q) => ({ table: l.table, ...q }))),
  ...Object.entries(NOT_PERSONAL_TABLES).flatMap(([table, t]) =>
    (t.quotes ?? []).map((q) => ({ table, ...q })),
  ),
];

/** The list as the export file carries it: for each location, where it is in the file or why not. */
export function dataLocationsForExport() {
  return PERSONAL_DATA_LOCATIONS.map((l) => ({
    table: l.table,
    ...('section' in l.export ? { inThisFile: l.export.section } : { leftOut: l.export.omitted }),
    onErasure: 'removed' in l.erasure ? `removed: ${l.erasure.removed}` : `kept: ${l.erasure.kept}`,
  }));
}
