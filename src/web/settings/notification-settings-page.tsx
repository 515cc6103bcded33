import { Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconMailOff } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { PageHeader } from '../common/page-header';
import { QuietEmpty } from '../home/quiet-empty';
import { NotificationSwitches, SavedNote, savedWords } from './notification-switches';
import { useMyNotifications, useSaveMyNotifications } from './notifications-api';

const ALWAYS_SENT =
  'Emails about something you or HR did — invitations, your partner’s introduction, meeting changes, replies to a concern — always arrive.';

/** Which reminders and updates the signed-in member gets by email; each switch saves on its own. */
export function NotificationSettingsPage() {
  const settings = useMyNotifications();
  const save = useSaveMyNotifications();
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <Stack gap="lg" maw={720}>
      <PageHeader
        title="Email settings"
        description="Choose which reminders and updates Counterpart emails you. Changes are saved as you make them."
      />
      {settings.isError ? <ErrorAlert error={settings.error} /> : null}
      {settings.isPending ? <Skeleton height={220} aria-label="Loading your email settings" /> : null}
      {settings.data && settings.data.kinds.length === 0 ? (
        <QuietEmpty icon={<IconMailOff aria-hidden />} title="No optional emails for your role">
          Reminders and nudges go to people taking part in a program, and the weekly digest to program
          managers. {ALWAYS_SENT}
        </QuietEmpty>
      ) : null}
      {settings.data && settings.data.kinds.length > 0 ? (
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <NotificationSwitches
              kinds={settings.data.kinds}
              choices={settings.data.choices}
              pending={save.isPending ? save.variables : undefined}
              onChange={(kind, on) => {
                const change = { [kind]: on };
                setSaved(null);
                save.mutate(change, {
                  onSuccess: (answer) => setSaved(savedWords(answer.kinds, change)),
                });
              }}
            />
            {save.isError ? <ErrorAlert error={save.error} title="Not saved" /> : null}
            <SavedNote>{saved}</SavedNote>
            <Text size="sm" c="dimmed">
              {ALWAYS_SENT} Every email also has a link back to this page.
            </Text>
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
