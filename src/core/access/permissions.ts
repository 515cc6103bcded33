import type { Role } from '#core/access/roles';

/**
 * The one permission table: what each role may do. Routes name a permission; the server enforces
 * it and the access tests are generated from it (a route × role matrix), so the two cannot drift.
 * `signed_in` means any member of the organisation, whatever their roles.
 */
export const PERMISSIONS = {
  'session.read': 'signed_in',
  'people.read': ['org_admin', 'program_manager'],
  'directory.read': ['org_admin', 'program_manager', 'erg_lead'],
  'people.manage': ['org_admin', 'program_manager'],
  'people.erase': ['org_admin'],
  'retention.manage': ['org_admin'],
  'members.read': ['org_admin'],
  'members.manage': ['org_admin'],
  'outbox.read': ['org_admin'],
  'audit.read': ['org_admin'],
  'programs.read': ['program_manager', 'org_admin'],
  'programs.manage': ['program_manager'],
  'enrollments.manage': ['program_manager'],
  'nominations.manage': ['erg_lead'],
  'applications.own': 'signed_in',
  'pairing.manage': ['program_manager'],
  'match.own': 'signed_in',
  /** A participant's own pair workspace; anyone else's pair answers 404 in the use-case. */
  'workspace.own': 'signed_in',
  'concerns.manage': ['program_manager'],
  /** A program's check-in surveys, their results and the midpoint review. */
  'surveys.manage': ['program_manager'],
  /** The check-ins a participant was asked to answer; someone else's answers 404 in the use-case. */
  'checkIns.own': 'signed_in',
  /** A program's impact report; a sponsor sees only the programs they sponsor (others answer 404). */
  'impact.read': ['program_manager', 'org_admin', 'sponsor'],
  /** HR's notes for a program's impact report: key takeaways and chosen quotes (never sponsors). */
  'impactReport.manage': ['program_manager'],
  /** The programs the signed-in member sponsors; empty for anyone without the sponsor role. */
  'sponsorships.own': 'signed_in',
  /** Which optional emails the signed-in member gets. */
  'notifications.own': 'signed_in',
  /** A download of everything held about the signed-in member in the organisation (issue 9). */
  'personalData.own': 'signed_in',
} as const satisfies Record<string, readonly Role[] | 'signed_in'>;

export type Permission = keyof typeof PERMISSIONS;

export function isAllowed(permission: Permission, roles: readonly Role[]): boolean {
  const allowed: readonly Role[] | 'signed_in' = PERMISSIONS[permission];
  return allowed === 'signed_in' || roles.some((role) => allowed.includes(role));
}
