import {
  Alert,
  Button,
  Collapse,
  Group,
  List,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSchool } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../common/error-alert';
import { sidesLabel } from '../../programs/program-labels';
import type { Program, Side } from '../../programs/program-types';
import { type AlumniPreview, useAlumni, useInviteAlumni } from './use-alumni';

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const alumni = (n: number) => count(n, 'alumnus', 'alumni');
const bySide = (c: Record<Side, number>) => `${count(c.mentor, 'mentor')}, ${count(c.mentee, 'mentee')}`;
const names = (list: readonly { name: string }[]) =>
  new Intl.ListFormat('en', { type: 'conjunction' }).format(list.map((c) => c.name));

/** The outcome of "Invite alumni", in one sentence. */
export function invitedMessage(result: { invited: number; bySide: Record<Side, number> }): string {
  return result.invited === 0
    ? 'No new invitations: every alumnus was already in this program.'
    : `Invited ${alumni(result.invited)}: ${bySide(result.bySide)}.`;
}

function NameList({ preview, type }: { preview: AlumniPreview; type: Program['type'] }) {
  return (
    <Group align="flex-start" gap="xl">
      {(['mentor', 'mentee'] as const).map((side) =>
        preview.counts[side] > 0 ? (
          <Stack key={side} gap={4}>
            <Text size="sm" fw={500}>
              {sidesLabel(side, type)}
            </Text>
            <List size="sm" spacing={2} aria-label={sidesLabel(side, type)}>
              {preview.people
                .filter((p) => p.side === side)
                .map((p) => (
                  <List.Item key={p.personId}>
                    {p.name}{' '}
                    <Text span size="xs" c="dimmed">
                      ({p.cohort.name})
                    </Text>
                  </List.Item>
                ))}
            </List>
          </Stack>
        ) : null,
      )}
    </Group>
  );
}

/**
 * "Invite alumni" on a new cohort's Participants tab: people who completed the earlier cohorts it
 * was cloned from, still here and not yet invited — how many per side, their names on request, and
 * one confirmed click that invites each on the side they took before.
 */
export function AlumniPanel({ program }: { program: Program }) {
  const cloned = program.clonedFrom !== null;
  const preview = useAlumni(program.id, cloned);
  const invite = useInviteAlumni(program.id);
  const [confirming, setConfirming] = useState(false);
  const [showNames, setShowNames] = useState(false);
  const data = preview.data;
  const total = data ? data.counts.mentor + data.counts.mentee : 0;

  const body = () => {
    const none = (
      <Text size="sm" c="dimmed">
        No earlier cohort: this program was not cloned from another, so there are no alumni to invite.
      </Text>
    );
    if (!cloned) return none;
    if (preview.isError) return <ErrorAlert error={preview.error} />;
    if (!data) return <Skeleton height={48} aria-label="Looking for alumni" />;
    if (data.earlierCohorts.length === 0) return none;
    if (total === 0)
      return (
        <Text size="sm" c="dimmed">
          No alumni to invite. Everyone who completed {names(data.earlierCohorts)} is already in this program
          or has left the organisation.
        </Text>
      );
    return (
      <Stack gap="sm">
        <Text size="sm">
          {count(total, 'person', 'people')} who completed {names(data.earlierCohorts)} can be invited again:{' '}
          {bySide(data.counts)}. Each is invited on the side they took before.
        </Text>
        <Group gap="sm">
          <Button onClick={() => setConfirming(true)}>Invite {alumni(total)}</Button>
          <Button
            variant="subtle"
            aria-expanded={showNames}
            rightSection={showNames ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
            onClick={() => setShowNames((v) => !v)}
          >
            {showNames ? 'Hide names' : 'Show names'}
          </Button>
        </Group>
        <Collapse expanded={showNames}>
          <NameList preview={data} type={program.type} />
        </Collapse>
      </Stack>
    );
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="alumni-title">
      <Stack gap="sm">
        <Group gap="xs">
          <IconSchool size={20} aria-hidden />
          <Title order={2} fz="h4" id="alumni-title">
            Invite alumni
          </Title>
        </Group>
        {invite.data ? (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => invite.reset()}>
            {invitedMessage(invite.data)}
          </Alert>
        ) : null}
        {body()}
      </Stack>
      {confirming && data ? (
        <Modal opened onClose={() => setConfirming(false)} title={`Invite ${alumni(total)}?`}>
          <Stack gap="md">
            <Text size="sm">
              {bySide(data.counts)} get an email inviting them to {program.name}, with a link to its
              application form. No one already in the program is invited again.
            </Text>
            {invite.isError ? <ErrorAlert error={invite.error} /> : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setConfirming(false)} disabled={invite.isPending}>
                Cancel
              </Button>
              <Button
                data-autofocus
                loading={invite.isPending}
                onClick={() => invite.mutate(undefined, { onSuccess: () => setConfirming(false) })}
              >
                Send {count(total, 'invitation')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </Paper>
  );
}
