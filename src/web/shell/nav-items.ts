import {
  type Icon,
  IconAddressBook,
  IconApi,
  IconCalendarEvent,
  IconChartBar,
  IconChartLine,
  IconClipboardCheck,
  IconClockShield,
  IconHome,
  IconListDetails,
  IconMail,
  IconMessageReport,
  IconSeeding,
  IconUserPlus,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { Me, Role } from '../api/types';
import { adminRoles, hasAnyRole, peopleRoles } from '../auth/roles';
import {
  ergLeadRoles,
  programManagerRoles,
  programReaderRoles,
  sponsorRoles,
} from '../programs/program-roles';

export interface NavItem {
  label: string;
  to: string;
  icon: Icon;
  /** Who sees the item; absent means everyone signed in. */
  roles?: readonly Role[];
  /** A server page outside the app (full page load). */
  external?: boolean;
  /** Only for accounts linked to an employee record (taking part in programs needs one). */
  needsPerson?: boolean;
}

export const navItems: readonly NavItem[] = [
  { label: 'Home', to: '/', icon: IconHome },
  { label: 'My programs', to: '/my/programs', icon: IconCalendarEvent, needsPerson: true },
  { label: 'Check-ins', to: '/my/check-ins', icon: IconClipboardCheck, needsPerson: true },
  { label: 'Programs', to: '/programs', icon: IconSeeding, roles: programReaderRoles },
  { label: 'Impact', to: '/impact', icon: IconChartLine, roles: programReaderRoles },
  { label: 'Concerns', to: '/concerns', icon: IconMessageReport, roles: programManagerRoles },
  { label: 'Programs I sponsor', to: '/sponsor', icon: IconChartBar, roles: sponsorRoles },
  { label: 'Nominations', to: '/nominations', icon: IconUserPlus, roles: ergLeadRoles },
  { label: 'People', to: '/people', icon: IconAddressBook, roles: peopleRoles },
  { label: 'Members & roles', to: '/admin/members', icon: IconUsersGroup, roles: adminRoles },
  { label: 'Outbox', to: '/admin/outbox', icon: IconMail, roles: adminRoles },
  { label: 'Audit log', to: '/admin/audit', icon: IconListDetails, roles: adminRoles },
  { label: 'Data retention', to: '/admin/retention', icon: IconClockShield, roles: adminRoles },
  { label: 'API docs', to: '/api/docs', icon: IconApi, roles: adminRoles, external: true },
];

export function navItemsFor(me: Pick<Me, 'roles' | 'person'>): NavItem[] {
  return navItems.filter(
    (item) => (!item.roles || hasAnyRole(me, item.roles)) && (!item.needsPerson || me.person !== null),
  );
}

/** Home is active only on "/"; other items also for their sub-pages (/people/123). */
export function isActive(item: NavItem, pathname: string): boolean {
  if (item.to === '/') return pathname === '/';
  return pathname === item.to || pathname.startsWith(`${item.to}/`);
}
