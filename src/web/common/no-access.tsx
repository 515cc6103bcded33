import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from './use-page-title';

export function NoAccess() {
  usePageTitle('No access');
  return (
    <Stack align="flex-start" gap="md" py="xl">
      <Title order={1}>You don't have access to this page</Title>
      <Text c="dimmed">
        Your roles in this organisation don't include this page. If you think they should, ask your
        organisation admin.
      </Text>
      <Button component={Link} to="/">
        Go to the home page
      </Button>
    </Stack>
  );
}
