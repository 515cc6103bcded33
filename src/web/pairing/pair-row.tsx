import { Badge, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconPin, IconPinnedOff } from '@tabler/icons-react';
import { useState } from 'react';
import { ChangeError } from './change-error';
import { ConfirmChangeModal, SwapModal } from './change-modals';
import { sentence } from './pairing-labels';
import type { ChangeInput, ProposedPair } from './pairing-types';
import { PersonCardView } from './person-card';
import { ScoreBreakdown } from './score-breakdown';
import { useRunChange } from './use-pairing';

interface PairRowProps {
  runId: string;
  pair: ProposedPair;
  others: ProposedPair[];
  editable: boolean;
}

type Open = 'block' | 'remove' | 'swap' | null;

function withReason(change: ChangeInput, reason: string): ChangeInput {
  return reason ? { ...change, reason } : change;
}

/** One proposed pair: mentor | score and why | mentee, the breakdown on demand, and its adjustments. */
export function PairRow({ runId, pair, others, editable }: PairRowProps) {
  const [expanded, setExpanded] = useState(false);
  const [open, setOpen] = useState<Open>(null);
  const change = useRunChange(runId);
  const ids = { mentorId: pair.mentor.id, menteeId: pair.mentee.id };
  const send = (input: ChangeInput) => {
    change.reset();
    change.mutate(input, { onSuccess: () => setOpen(null) });
  };
  const close = () => {
    change.reset();
    setOpen(null);
  };
  const label = `${pair.mentor.name} and ${pair.mentee.name}`;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={label} data-testid="proposed-pair">
      <Stack gap="sm">
        <Group align="stretch" gap="md" wrap="wrap">
          <PersonCardView person={pair.mentor} side="Mentor" />
          <Stack gap={6} style={{ flex: 1.2, minWidth: 220 }} justify="center">
            <Group gap="xs">
              <Text fz={28} fw={700} lh={1} aria-label={`Score ${Math.round(pair.score)} of 100`}>
                {Math.round(pair.score)}
              </Text>
              <Text size="sm" c="dimmed">
                of 100
              </Text>
              {pair.pinned ? <Badge variant="light">Pinned</Badge> : null}
              {pair.source === 'hr' ? (
                <Badge variant="light" color="grape">
                  Set by HR
                </Badge>
              ) : null}
            </Group>
            <Text size="sm">{sentence(pair.explanation)}</Text>
            {pair.warnings.map((warning) => (
              <Badge key={warning} color="orange" variant="light" tt="none" style={{ whiteSpace: 'normal' }}>
                {warning}
              </Badge>
            ))}
            <Button
              variant="subtle"
              size="compact-sm"
              w="fit-content"
              aria-expanded={expanded}
              rightSection={expanded ? <IconChevronUp size={14} /> : <IconChevronDown size={14} />}
              onClick={() => setExpanded((v) => !v)}
            >
              {expanded ? 'Hide the score breakdown' : 'Show the score breakdown'}
            </Button>
          </Stack>
          <PersonCardView person={pair.mentee} side="Mentee" />
        </Group>
        <Collapse expanded={expanded} maw={640}>
          <ScoreBreakdown contributions={pair.contributions} />
        </Collapse>
        {editable ? (
          <Group gap="xs">
            <Button
              size="xs"
              variant="default"
              leftSection={pair.pinned ? <IconPinnedOff size={14} /> : <IconPin size={14} />}
              loading={change.isPending && open === null}
              onClick={() => send({ action: pair.pinned ? 'unpin' : 'pin', ...ids })}
            >
              {pair.pinned ? 'Unpin' : 'Pin'}
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={others.length === 0}
              onClick={() => setOpen('swap')}
            >
              Swap mentee…
            </Button>
            <Button size="xs" variant="default" color="red" onClick={() => setOpen('block')}>
              Block…
            </Button>
            <Button size="xs" variant="default" color="red" onClick={() => setOpen('remove')}>
              Remove…
            </Button>
          </Group>
        ) : null}
        {open === null ? <ChangeError error={change.error} /> : null}
      </Stack>
      {open === 'swap' ? (
        <SwapModal
          pair={pair}
          others={others}
          error={change.error}
          pending={change.isPending}
          onClose={close}
          onSwap={(otherMenteeId, reason) =>
            send(withReason({ action: 'swap', ...ids, otherMenteeId }, reason))
          }
        />
      ) : null}
      {open === 'block' || open === 'remove' ? (
        <ConfirmChangeModal
          title={open === 'block' ? `Block ${label}?` : `Remove ${label}?`}
          explanation={
            open === 'block'
              ? `${pair.mentor.name} and ${pair.mentee.name} will not be paired in this run, and both go to the unmatched list. The block is recorded in the changes.`
              : `Both go to the unmatched list. You can pair them again by hand.`
          }
          confirmLabel={open === 'block' ? 'Block this pair' : 'Remove this pair'}
          error={change.error}
          pending={change.isPending}
          onClose={close}
          onConfirm={(reason) => send(withReason({ action: open, ...ids }, reason))}
        />
      ) : null}
    </Paper>
  );
}
