import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { messageOf } from '../api/api-error';
import { useMe } from '../api/session';
import { SessionProvider } from '../api/session-context';
import { FullPageLoader } from '../common/full-page-loader';

/** Signed-in pages only: visitors go to /login and come back here afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <FullPageLoader />;
  if (me.isError) {
    return (
      <Center mih="60vh" p="md">
        <Stack align="center" maw={440} ta="center">
          <Title order={1}>We couldn't load Counterpart</Title>
          <Text c="dimmed">{messageOf(me.error)}</Text>
          <Button onClick={() => void me.refetch()} loading={me.isFetching}>
            Try again
          </Button>
        </Stack>
      </Center>
    );
  }
  if (!me.data) {
    const here = `${location.pathname}${location.search}`;
    const next = here === '/' ? '' : `?next=${encodeURIComponent(here)}`;
    return <Navigate to={`/login${next}`} replace />;
  }
  return (
    <SessionProvider session={me.data}>
      <Outlet />
    </SessionProvider>
  );
}
