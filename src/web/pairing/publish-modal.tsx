import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ErrorAlert } from '../common/error-alert';
import { plural } from './pairing-labels';
import type { MatchRun } from './pairing-types';
import { usePublishRun } from './use-pairing';

interface PublishModalProps {
  run: MatchRun;
  onClose: () => void;
  onPublished?: (() => void) | undefined;
}

/** Publishing cannot be undone: say exactly who gets what before doing it. */
export function PublishModal({ run, onClose, onPublished }: PublishModalProps) {
  const publish = usePublishRun(run.programId, run.id);
  const pairs = run.pairs.length;
  const waiting = run.unmatched.length;
  return (
    <Modal opened onClose={onClose} title={`Publish ${plural(pairs, 'pair')}?`}>
      <Stack gap="md">
        <List spacing="xs">
          <List.Item>{plural(pairs, 'pair')} become active.</List.Item>
          <List.Item>
            Both people in each pair get an introduction email: their partner, why they were paired, the
            kickoff date and what to prepare. Background answers are never mentioned.
          </List.Item>
          <List.Item>
            {waiting === 0
              ? 'No one is left without a partner.'
              : `${plural(waiting, 'person', 'people')} without a partner get a kind wait-list message.`}
          </List.Item>
          <List.Item>Other draft runs of this program are discarded.</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          This cannot be undone. Later changes are made pair by pair.
        </Text>
        {publish.isError ? <ErrorAlert error={publish.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Not yet
          </Button>
          <Button
            loading={publish.isPending}
            onClick={() =>
              publish.mutate(undefined, {
                onSuccess: (result) => {
                  notifications.show({
                    message:
                      result.waitlisted === 0
                        ? `${plural(result.pairsCreated, 'pair')} published. Everyone gets an introduction email.`
                        : `${plural(result.pairsCreated, 'pair')} published; ${plural(result.waitlisted, 'person', 'people')} wait-listed.`,
                  });
                  onClose();
                  onPublished?.();
                },
              })
            }
          >
            Publish and send emails
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
