import { Anchor, Group, SimpleGrid, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconApi,
  IconListDetails,
  IconMail,
  IconUserPlus,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { messageOf } from '../api/api-error';
import { useSession } from '../api/session-context';
import { useMembers } from '../admin/use-members';
import { HomeSection } from './home-section';

interface AdminLink {
  label: string;
  to: string;
  icon: Icon;
  hint: string;
  external?: boolean;
}

function MembersSummary() {
  const members = useMembers();
  if (members.isPending) return <Skeleton height={44} width={220} aria-label="Loading members" />;
  if (members.isError) return <Text c="red.8">{messageOf(members.error)}</Text>;
  const invited = members.data.filter((member) => member.status === 'invited').length;
  const count = members.data.length;
  return (
    <Stack gap={0}>
      <Text fz={32} fw={700} lh={1.1} data-testid="members-count">
        {count}
      </Text>
      <Text c="dimmed" size="sm">
        {count === 1 ? 'member' : 'members'}
        {invited > 0
          ? `, of whom ${invited} ${invited === 1 ? 'has' : 'have'} not accepted the invitation yet`
          : ''}
      </Text>
    </Stack>
  );
}

export function AdminHome() {
  const me = useSession();
  const links: AdminLink[] = [
    {
      label: 'Invite someone',
      to: '/admin/members?invite=1',
      icon: IconUserPlus,
      hint: 'Send a sign-up link',
    },
    { label: 'Members & roles', to: '/admin/members', icon: IconUsersGroup, hint: 'Who can do what' },
    ...(me.mailMode === 'outbox'
      ? [
          {
            label: 'Outbox',
            to: '/admin/outbox',
            icon: IconMail,
            hint: 'Email kept here until SMTP is set up',
          },
        ]
      : []),
    { label: 'Audit log', to: '/admin/audit', icon: IconListDetails, hint: 'Who changed what, and when' },
    { label: 'API docs', to: '/api/docs', icon: IconApi, hint: 'For integrations', external: true },
  ];
  return (
    <HomeSection forRole="org_admin" title="Organisation">
      <MembersSummary />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        {links.map((link) => (
          <Group key={link.to} gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon variant="light" size="lg" aria-hidden>
              <link.icon size={18} />
            </ThemeIcon>
            <Stack gap={0}>
              {link.external ? (
                <Anchor href={link.to} fw={600}>
                  {link.label}
                </Anchor>
              ) : (
                <Anchor component={Link} to={link.to} fw={600}>
                  {link.label}
                </Anchor>
              )}
              <Text size="sm" c="dimmed">
                {link.hint}
              </Text>
            </Stack>
          </Group>
        ))}
      </SimpleGrid>
    </HomeSection>
  );
}
