/** What a person may be in an organisation. One account can hold several roles. */
export const ROLES = ['org_admin', 'program_manager', 'sponsor', 'erg_lead', 'participant'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  org_admin: 'Organisation admin',
  program_manager: 'Program manager (HR)',
  sponsor: 'Sponsor',
  erg_lead: 'ERG lead',
  participant: 'Participant',
};
