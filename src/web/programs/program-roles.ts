import type { Role } from '../api/types';

/** Who may open programs (read), and who may change them: the server's `programs.read` and `programs.manage`. */
export const programReaderRoles: readonly Role[] = ['program_manager', 'org_admin'];
export const programManagerRoles: readonly Role[] = ['program_manager'];
export const ergLeadRoles: readonly Role[] = ['erg_lead'];
/** Who follows the programs they sponsor: the server lists them by `sponsorships.own`, opens them by `impact.read`. */
export const sponsorRoles: readonly Role[] = ['sponsor'];
