import type { Me, Role } from '../api/types';

export const roleLabels: Record<Role, string> = {
  org_admin: 'Org admin',
  program_manager: 'Program manager (HR)',
  sponsor: 'Sponsor',
  erg_lead: 'ERG lead',
  participant: 'Participant',
};

export const roleDescriptions: Record<Role, string> = {
  org_admin: 'Manages members and roles, email and the audit log.',
  program_manager: 'Runs programs and sees the people directory.',
  sponsor: 'Follows the progress of the programs they sponsor.',
  erg_lead: 'Nominates juniors from their employee resource group.',
  participant: 'Mentors or is mentored in a program.',
};

export function hasAnyRole(me: Pick<Me, 'roles'>, allowed: readonly Role[]): boolean {
  return me.roles.some((role) => allowed.includes(role));
}

/** Who may open the people directory. */
export const peopleRoles: readonly Role[] = ['org_admin', 'program_manager'];
export const adminRoles: readonly Role[] = ['org_admin'];

/** Only same-site paths are followed after sign-in (no `//evil.example` open redirects). */
export function safeNextPath(value: string | null): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/login')) return '/';
  return value;
}
