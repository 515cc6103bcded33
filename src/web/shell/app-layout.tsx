import { AppShell, Burger, Container, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useSession } from '../api/session-context';
import { Logo } from '../common/logo';
import { MainNav } from './main-nav';
import { OrgSwitcher } from './org-switcher';
import { SkipLink } from './skip-link';
import { UserMenu } from './user-menu';

/** The signed-in frame: header (product, organisation, account), role-aware navigation, content. */
export function AppLayout() {
  const me = useSession();
  const [navOpen, nav] = useDisclosure(false);
  const { pathname } = useLocation();

  // On small screens the navigation closes once a destination is chosen.
  useEffect(() => {
    if (pathname) nav.close();
  }, [pathname, nav.close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpen ? 'Close navigation' : 'Open navigation'}
            />
            <Link to="/" aria-label="Counterpart home" style={{ textDecoration: 'none' }}>
              <Logo nameVisibleFrom={me.orgs.length > 1 ? 'sm' : 'xs'} />
            </Link>
            {me.orgs.length > 1 ? null : (
              <Text c="dimmed" size="sm" visibleFrom="xs" data-testid="org-name">
                {me.org.name}
              </Text>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {me.orgs.length > 1 ? <OrgSwitcher /> : null}
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Main">
        <MainNav />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} style={{ outline: 'none' }}>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
