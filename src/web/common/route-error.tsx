import { Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useRouteError } from 'react-router';
import { isApiError } from '../api/api-error';
import { usePageTitle } from './use-page-title';

/** Shown when a page fails to render: a calm message and a way out, never a stack trace. */
export function RouteError() {
  const error = useRouteError();
  usePageTitle('Something went wrong');
  if (import.meta.env.DEV) console.error(error);
  const message = isApiError(error)
    ? error.message
    : 'This page ran into a problem. Reloading usually fixes it; if not, please try again later.';
  return (
    <Center mih="50vh" p="md">
      <Stack align="center" gap="md" maw={480} ta="center">
        <Title order={1}>Something went wrong</Title>
        <Text c="dimmed">{message}</Text>
        <Group justify="center">
          <Button onClick={() => window.location.reload()}>Reload the page</Button>
          <Button component={Link} to="/" variant="default">
            Go to the home page
          </Button>
        </Group>
      </Stack>
    </Center>
  );
}
