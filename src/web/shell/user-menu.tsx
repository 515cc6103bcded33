import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconDatabaseExport, IconLogout, IconMail } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useSession } from '../api/session-context';
import { initials } from '../common/format';
import { useSignOut } from './use-sign-out';

export function UserMenu() {
  const me = useSession();
  const signOut = useSignOut();
  const name = me.person?.name ?? me.account.name;
  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <UnstyledButton aria-label={`Account menu for ${name}`} p={4} style={{ borderRadius: 8 }}>
          <Group gap={8} wrap="nowrap">
            <Avatar color="teal" radius="xl" size={32}>
              {initials(name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm">
              {name}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={500} c="dark">
            {name}
          </Text>
          <Text size="xs" c="dimmed">
            {me.account.email}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item
          component={Link}
          to="/settings/notifications"
          leftSection={<IconMail size={16} aria-hidden />}
        >
          Email settings
        </Menu.Item>
        <Menu.Item
          component={Link}
          to="/settings/data"
          leftSection={<IconDatabaseExport size={16} aria-hidden />}
        >
          Your data
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => signOut.mutate()}>
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
