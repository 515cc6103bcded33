import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { PageHeader } from '../common/page-header';

/** Where a member downloads everything Counterpart holds about them (issue 9). */
export function MyDataPage() {
  return (
    <Stack gap="lg" maw={720}>
      <PageHeader
        title="Your data"
        description="A copy of everything Counterpart holds about you in this organisation, to keep or to check."
      />
      <Paper withBorder p="lg" radius="md">
        <Stack gap="sm">
          <Text>
            The file holds your account and roles, your person record, your program applications with their
            answers and consents, your pairs with their agreement, meetings, goals and your own private notes,
            the concerns and re-pair requests you raised, your check-in answers and your email settings. Your
            partner’s private notes and HR’s confidential notes are not in it.
          </Text>
          <Group>
            <Anchor href="/api/my/data" download fw={500}>
              <Group gap={6} wrap="nowrap">
                <IconDownload size={16} aria-hidden />
                Download my data (JSON)
              </Group>
            </Anchor>
          </Group>
          <Text size="sm" c="dimmed">
            Downloading is recorded in the organisation’s audit log.
          </Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
