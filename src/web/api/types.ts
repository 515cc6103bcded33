/** The shapes the documented API returns (see /api/docs). */
export const roles = ['org_admin', 'program_manager', 'sponsor', 'erg_lead', 'participant'] as const;
export type Role = (typeof roles)[number];

export interface OrgSummary {
  id: string;
  slug: string;
  name: string;
}

export interface Me {
  account: { id: string; email: string; name: string };
  org: OrgSummary;
  roles: Role[];
  person: {
    id: string;
    name: string;
    title: string;
    department: string;
    level: number | null;
    timeZone: string;
  } | null;
  orgs: OrgSummary[];
  csrfToken: string;
  mailMode: 'outbox' | 'smtp';
}

export type EmploymentStatus = 'active' | 'on_leave' | 'left';

export interface Person {
  id: string;
  email: string;
  name: string;
  title: string;
  level: number | null;
  department: string;
  managerId: string | null;
  managerName: string | null;
  location: string;
  timeZone: string;
  hireDate: string | null;
  employmentStatus: EmploymentStatus;
  endDate: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Member {
  id: string;
  accountId: string;
  email: string;
  name: string;
  roles: Role[];
  personId: string | null;
  status: 'active' | 'invited';
  lastLoginAt: string | null;
}

export interface OutboxItem {
  id: string;
  to: string;
  subject: string;
  createdAt: string;
  transport: 'outbox' | 'smtp';
  sentAt: string | null;
  error: string | null;
}

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface OutboxMessage extends OutboxItem {
  text: string;
  html: string | null;
  /** Kept with outbox mail only (e.g. a meeting's invitation.ics); empty when sent by SMTP. */
  attachments: OutboxAttachment[];
}

export interface AuditEvent {
  id: string;
  action: string;
  target: string;
  actorName: string | null;
  ip: string;
  createdAt: string;
  detail: Record<string, unknown>;
}

export interface Invitation {
  email: string;
  name: string;
  orgName: string;
  expiresAt: string;
}
