import { Stack, Switch, Text } from '@mantine/core';
import type { NotificationChoices, NotificationKind } from '#core/notifications/notification-choices';
import type { ChoicesChange, NotificationKindView } from './notifications-api';

interface NotificationSwitchesProps {
  kinds: readonly NotificationKindView[];
  choices: NotificationChoices;
  /** A change on its way to the server: shown at once, and its switch waits until it is saved. */
  pending: ChoicesChange | undefined;
  onChange: (kind: NotificationKind, on: boolean) => void;
}

/** One switch per optional email, with what it is and when it comes. */
export function NotificationSwitches({ kinds, choices, pending, onChange }: NotificationSwitchesProps) {
  return (
    <Stack gap="md" role="group" aria-label="Optional emails">
      {kinds.map(({ kind, label, description }) => (
        <Switch
          key={kind}
          size="md"
          label={label}
          description={description}
          checked={pending?.[kind] ?? choices[kind]}
          disabled={pending?.[kind] !== undefined}
          onChange={(event) => onChange(kind, event.currentTarget.checked)}
        />
      ))}
    </Stack>
  );
}

/** The quiet line that says what was just saved, read out by screen readers. */
export function SavedNote({ children }: { children: string | null }) {
  return (
    <Text size="sm" c="dimmed" aria-live="polite" role="status" mih={20}>
      {children}
    </Text>
  );
}

/** "Meeting reminders turned off." for one change; "Your choices are saved." for several. */
export function savedWords(kinds: readonly NotificationKindView[], change: ChoicesChange): string {
  const entries = Object.entries(change) as [NotificationKind, boolean][];
  const [only] = entries;
  if (entries.length !== 1 || !only) return 'Your choices are saved.';
  const label = kinds.find((k) => k.kind === only[0])?.label ?? 'That email';
  return `${label} turned ${only[1] ? 'on' : 'off'}.`;
}
