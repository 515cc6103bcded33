import { Stack, Text, Title } from '@mantine/core';
import type { ComponentType } from 'react';
import { useSession } from '../api/session-context';
import { type Role, roles } from '../api/types';
import { roleLabels } from '../auth/roles';
import { firstName } from '../common/format';
import { usePageTitle } from '../common/use-page-title';
import { AdminHome } from './admin-home';
import { ErgLeadHome } from './erg-lead-home';
import { NoRoleHome } from './no-role-home';
import { ParticipantHome } from './participant-home';
import { ProgramManagerHome } from './program-manager-home';
import { SponsorHome } from './sponsor-home';

const sections: Record<Role, ComponentType> = {
  org_admin: AdminHome,
  program_manager: ProgramManagerHome,
  sponsor: SponsorHome,
  erg_lead: ErgLeadHome,
  participant: ParticipantHome,
};

/** One home for everyone: a section for each of the person's roles, in a fixed order. */
export function HomePage() {
  usePageTitle('Home');
  const me = useSession();
  const name = me.person?.name ?? me.account.name;
  const mine = roles.filter((role) => me.roles.includes(role));
  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Title order={1}>Welcome, {firstName(name)}</Title>
        <Text c="dimmed">
          Signed in as <span data-testid="signed-in-name">{name}</span>
          {mine.length > 0 ? ` · ${mine.map((role) => roleLabels[role]).join(', ')}` : ''} · {me.org.name}
        </Text>
      </Stack>
      {mine.length === 0 ? <NoRoleHome /> : null}
      {mine.map((role) => {
        const Section = sections[role];
        return <Section key={role} />;
      })}
    </Stack>
  );
}
