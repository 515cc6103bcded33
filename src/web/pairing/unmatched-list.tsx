import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ChangeError } from './change-error';
import type { Unmatched } from './pairing-types';
import { useRunChange } from './use-pairing';

function UnmatchedPerson({ runId, item, editable }: { runId: string; item: Unmatched; editable: boolean }) {
  const change = useRunChange(runId);
  const { person } = item;
  const pairWith = (otherId: string) => {
    const ids =
      item.side === 'mentor'
        ? { mentorId: person.id, menteeId: otherId }
        : { mentorId: otherId, menteeId: person.id };
    change.reset();
    change.mutate({ action: 'pair', ...ids });
  };
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={person.name}>
      <Stack gap="xs">
        <div>
          <Text fw={600}>
            {person.name}{' '}
            <Text span size="sm" c="dimmed">
              · {item.side === 'mentor' ? 'Mentor' : 'Mentee'} · {person.title}, {person.department}
            </Text>
          </Text>
          <Text size="sm">{item.message || item.reason}</Text>
        </div>
        {item.bestCandidates.length === 0 ? (
          <Text size="sm" c="dimmed">
            No one available could be paired with {person.name}.
          </Text>
        ) : (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              Best available
            </Text>
            {item.bestCandidates.map((c) => (
              <Group key={c.person.id} justify="space-between" gap="sm" wrap="nowrap">
                <div style={{ minWidth: 0 }}>
                  <Text size="sm">
                    {c.person.name} · {c.person.department} · score {Math.round(c.score)}
                  </Text>
                  <Text size="xs" c={c.blockedBy ? 'orange.8' : 'dimmed'}>
                    {c.blockedBy ? `Blocked: ${c.blockedBy}` : c.explanation}
                  </Text>
                </div>
                {editable ? (
                  <Button
                    size="xs"
                    variant="default"
                    loading={change.isPending && change.variables?.mentorId !== undefined}
                    onClick={() => pairWith(c.person.id)}
                    aria-label={`Pair ${person.name} with ${c.person.name}`}
                  >
                    Pair them
                  </Button>
                ) : null}
              </Group>
            ))}
          </Stack>
        )}
        <ChangeError error={change.error} title="This pair cannot be made" />
      </Stack>
    </Paper>
  );
}

/** Everyone the run could not pair, why, and who they could still be paired with. */
export function UnmatchedList({
  runId,
  items,
  editable,
}: {
  runId: string;
  items: Unmatched[];
  editable: boolean;
}) {
  return (
    <Stack gap="sm" component="section" aria-labelledby="unmatched-title">
      <Title order={3} fz="h4" id="unmatched-title">
        Not matched ({items.length})
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Everyone approved has a partner in this run.
        </Text>
      ) : (
        items.map((item) => (
          <UnmatchedPerson key={item.person.id} runId={runId} item={item} editable={editable} />
        ))
      )}
    </Stack>
  );
}
