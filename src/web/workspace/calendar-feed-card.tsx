import {
  Button,
  CopyButton,
  Group,
  List,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent, IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import { formatDate } from '../common/format';
import { useCalendarFeed, useNewCalendarFeed, useTurnOffCalendarFeed } from './use-workspace';

type Confirm = 'rotate' | 'off' | null;

function Instructions() {
  return (
    <List size="sm" spacing={4}>
      <List.Item>
        <Text span fw={600} size="sm">
          Outlook:
        </Text>{' '}
        Calendar → Add calendar → Subscribe from web, paste the address.
      </List.Item>
      <List.Item>
        <Text span fw={600} size="sm">
          Google Calendar:
        </Text>{' '}
        Other calendars → + → From URL, paste the address.
      </List.Item>
      <List.Item>
        <Text span fw={600} size="sm">
          Apple Calendar:
        </Text>{' '}
        File → New Calendar Subscription, paste the address.
      </List.Item>
    </List>
  );
}

/** A private address that calendar apps subscribe to: every meeting of mine, kept up to date. */
export function CalendarFeedCard() {
  const feed = useCalendarFeed();
  const create = useNewCalendarFeed();
  const turnOff = useTurnOffCalendarFeed();
  const [confirm, setConfirm] = useState<Confirm>(null);
  const close = () => setConfirm(null);

  let body: React.ReactNode;
  if (feed.isError) body = <ErrorAlert error={feed.error} />;
  else if (!feed.data) body = <Skeleton height={60} aria-label="Loading your calendar subscription" />;
  else if (!feed.data.url) {
    body = (
      <Stack gap="sm">
        <Text size="sm">
          Your calendar app can show all your mentoring meetings, in every pair, and update them when they
          move or are cancelled.
        </Text>
        {create.isError ? <ErrorAlert error={create.error} /> : null}
        <Group>
          <Button
            variant="light"
            leftSection={<IconCalendarEvent size={16} aria-hidden />}
            loading={create.isPending}
            onClick={() => create.mutate()}
          >
            Subscribe in your calendar app
          </Button>
        </Group>
      </Stack>
    );
  } else {
    const { url, createdAt } = feed.data;
    body = (
      <Stack gap="sm">
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label="Your private calendar address"
            description="Anyone with this address can see your meeting times: keep it to yourself."
            value={url}
            readOnly
            style={{ flex: 1 }}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'default'}
                color={copied ? 'teal' : 'gray'}
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                }
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Instructions />
        <Text size="xs" c="dimmed">
          Created {formatDate(createdAt)}. Calendar apps check for changes every hour or so.
        </Text>
        <Group gap="sm">
          <Button variant="default" size="xs" onClick={() => setConfirm('rotate')}>
            Get a new link
          </Button>
          <Button variant="subtle" color="red" size="xs" onClick={() => setConfirm('off')}>
            Turn off
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="calendar-feed-title">
      <Stack gap="sm">
        <Title order={3} fz="h4" id="calendar-feed-title">
          Calendar subscription
        </Title>
        {body}
      </Stack>
      <Modal opened={confirm === 'rotate'} onClose={close} title="Get a new calendar link?">
        <Stack gap="md">
          <Text>
            The old link stops working at once: calendars subscribed to it stop updating. Subscribe again with
            the new link.
          </Text>
          {create.isError ? <ErrorAlert error={create.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep the current link
            </Button>
            <Button
              loading={create.isPending}
              onClick={() =>
                create.mutate(undefined, {
                  onSuccess: () => {
                    notifications.show({ message: 'New calendar link ready. The old one no longer works.' });
                    close();
                  },
                })
              }
            >
              Get a new link
            </Button>
          </Group>
        </Stack>
      </Modal>
      <Modal opened={confirm === 'off'} onClose={close} title="Turn off the calendar subscription?">
        <Stack gap="md">
          <Text>
            The link stops working at once and your calendar app stops showing updates. Invitations by email
            still arrive.
          </Text>
          {turnOff.isError ? <ErrorAlert error={turnOff.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep it on
            </Button>
            <Button
              color="red"
              loading={turnOff.isPending}
              onClick={() =>
                turnOff.mutate(undefined, {
                  onSuccess: () => {
                    notifications.show({ message: 'Calendar subscription turned off.' });
                    close();
                  },
                })
              }
            >
              Turn off
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
