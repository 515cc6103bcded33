import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ChangeError } from './change-error';
import { sentence } from './pairing-labels';
import type { MatchRun, Unmatched } from './pairing-types';
import { useRunChange } from './use-pairing';

interface UnmatchedPersonProps {
  runId: string;
  item: Unmatched;
  editable: boolean;
  /** Person id → the name of their current partner in this run. */
  partners: Map<string, string>;
}

function UnmatchedPerson({ runId, item, editable, partners }: UnmatchedPersonProps) {
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
          <Text size="sm">{sentence(item.message || item.reason)}</Text>
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
                  {partners.has(c.person.id) ? (
                    <Text size="xs" fw={500}>
                      Now paired with {partners.get(c.person.id)}; pairing them ends that proposal.
                    </Text>
                  ) : null}
                  <Text size="xs" c={c.blockedBy ? 'orange.8' : 'dimmed'}>
                    {sentence(c.blockedBy ?? c.explanation)}
                  </Text>
                </div>
                {editable ? (
                  <Button
                    size="xs"
                    variant="default"
                    style={{ flexShrink: 0 }}
                    loading={
                      change.isPending &&
                      (change.variables?.mentorId === c.person.id ||
                        change.variables?.menteeId === c.person.id)
                    }
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
export function UnmatchedList({ run, editable }: { run: MatchRun; editable: boolean }) {
  const items = run.unmatched;
  const partners = new Map<string, string>();
  for (const pair of run.pairs) {
    partners.set(pair.mentor.id, pair.mentee.name);
    partners.set(pair.mentee.id, pair.mentor.name);
  }
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
          <UnmatchedPerson
            key={item.person.id}
            runId={run.id}
            item={item}
            editable={editable}
            partners={partners}
          />
        ))
      )}
    </Stack>
  );
}
