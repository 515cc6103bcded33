import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ChangeError } from './change-error';
import type { ProposedPair } from './pairing-types';

interface ConfirmChangeProps {
  title: string;
  explanation: string;
  confirmLabel: string;
  error: unknown;
  pending: boolean;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}

/** Block or remove: says what happens, takes an optional reason, and shows a refusal in place. */
export function ConfirmChangeModal(props: ConfirmChangeProps) {
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={props.onClose} title={props.title}>
      <Stack gap="md">
        <Text>{props.explanation}</Text>
        <Textarea
          label="Reason (optional)"
          description="Kept in the list of changes, for HR only."
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          rows={2}
        />
        <ChangeError error={props.error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            Cancel
          </Button>
          <Button color="red" loading={props.pending} onClick={() => props.onConfirm(reason.trim())}>
            {props.confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface SwapModalProps {
  pair: ProposedPair;
  others: ProposedPair[];
  error: unknown;
  pending: boolean;
  onSwap: (otherMenteeId: string, reason: string) => void;
  onClose: () => void;
}

/** Swap the mentees of two pairs: pick the second pair. */
export function SwapModal({ pair, others, error, pending, onSwap, onClose }: SwapModalProps) {
  const [other, setOther] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const chosen = others.find((p) => p.mentee.id === other);
  return (
    <Modal opened onClose={onClose} title={`Swap ${pair.mentee.name} with another mentee`}>
      <Stack gap="md">
        <Select
          label="Second pair"
          placeholder="Pick a pair"
          searchable
          data={others.map((p) => ({
            value: p.mentee.id,
            label: `${p.mentor.name} with ${p.mentee.name}`,
          }))}
          value={other}
          onChange={setOther}
        />
        {chosen ? (
          <Text size="sm">
            {pair.mentor.name} will mentor {chosen.mentee.name}, and {chosen.mentor.name} will mentor{' '}
            {pair.mentee.name}. Both pairs are checked against the rules again.
          </Text>
        ) : null}
        <Textarea
          label="Reason (optional)"
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          rows={2}
        />
        <ChangeError error={error} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={!other} loading={pending} onClick={() => other && onSwap(other, reason.trim())}>
            Swap mentees
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
