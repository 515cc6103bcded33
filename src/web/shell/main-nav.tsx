import { NavLink, Stack } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../api/session-context';
import { isActive, navItemsFor } from './nav-items';

export function MainNav() {
  const me = useSession();
  const { pathname } = useLocation();
  return (
    <Stack component="nav" gap={2} aria-label="Main navigation">
      {navItemsFor(me).map((item) => {
        const icon = <item.icon size={18} stroke={1.6} aria-hidden />;
        if (item.external) {
          return (
            <NavLink
              key={item.to}
              href={item.to}
              label={item.label}
              leftSection={icon}
              rightSection={<IconExternalLink size={14} aria-hidden />}
            />
          );
        }
        const active = isActive(item, pathname);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            leftSection={icon}
            active={active}
            aria-current={active ? 'page' : undefined}
          />
        );
      })}
    </Stack>
  );
}
