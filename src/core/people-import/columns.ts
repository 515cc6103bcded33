/**
 * The columns of the people CSV: the canonical header (as in the template), the other spellings a
 * spreadsheet may use, and what each holds. Header names match case-insensitively, with spaces,
 * underscores, dashes and dots treated alike ("Job title", "job_title" and "JOB-TITLE" are one).
 */
export const PERSON_FIELDS = [
  'email',
  'name',
  'title',
  'level',
  'department',
  'managerEmail',
  'location',
  'timeZone',
  'hireDate',
  'employmentStatus',
  'endDate',
] as const;

export type PersonField = (typeof PERSON_FIELDS)[number];

export type ColumnSpec = {
  readonly header: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
  readonly format: string;
};

export const COLUMNS: Readonly<Record<PersonField, ColumnSpec>> = {
  email: {
    header: 'email',
    aliases: ['email', 'e mail', 'email address', 'work email'],
    required: true,
    format: 'Work email address; identifies the person on re-import (case does not matter).',
  },
  name: { header: 'name', aliases: ['name', 'full name'], required: true, format: 'Full name.' },
  title: { header: 'title', aliases: ['title', 'job title'], required: false, format: 'Job title.' },
  level: {
    header: 'level',
    aliases: ['level', 'grade'],
    required: false,
    format: 'Seniority grade, a whole number from 1 (entry) to 20.',
  },
  department: {
    header: 'department',
    aliases: ['department'],
    required: false,
    format: 'Department or team.',
  },
  managerEmail: {
    header: 'manager_email',
    aliases: ['manager email', 'manager', 'manager e mail'],
    required: false,
    format: "The manager's email: someone in the file or already in the organisation. Empty for none.",
  },
  location: { header: 'location', aliases: ['location'], required: false, format: 'Office or city.' },
  timeZone: {
    header: 'time_zone',
    aliases: ['time zone', 'timezone'],
    required: false,
    format: 'IANA time zone such as Europe/London or America/New_York. Empty means UTC.',
  },
  hireDate: {
    header: 'hire_date',
    aliases: ['hire date', 'start date'],
    required: false,
    format: 'YYYY-MM-DD, e.g. 2021-09-01.',
  },
  employmentStatus: {
    header: 'employment_status',
    aliases: ['employment status', 'status'],
    required: false,
    format: 'active, on_leave or left. Empty means active.',
  },
  endDate: {
    header: 'end_date',
    aliases: ['end date'],
    required: false,
    format: 'YYYY-MM-DD; required when the status is left, never before the hire date.',
  },
};

export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/[\s_.-]+/g, ' ')
    .trim();
}

const byAlias = new Map<string, PersonField>(
  PERSON_FIELDS.flatMap((field) => COLUMNS[field].aliases.map((alias) => [alias, field] as const)),
);

/** The field a header names, or undefined for a column the importer does not know. */
export function fieldOfHeader(header: string): PersonField | undefined {
  return byAlias.get(normaliseHeader(header));
}

export const TEMPLATE_CSV = [
  PERSON_FIELDS.map((f) => COLUMNS[f].header).join(','),
  'maya.chen@example.com,Maya Chen,Chief Executive Officer,12,Executive,,London,Europe/London,2012-04-02,active,',
  'sam.okafor@example.com,Sam Okafor,Software Engineer,2,Engineering,maya.chen@example.com,Lisbon,Europe/Lisbon,2024-09-16,active,',
].join('\r\n');
