import { List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { issuesByPath } from '../workspace/field-issues';
import { ModalActions } from '../workspace/modal-actions';
import { useDecidePair } from './midpoint-api';
import type { ReviewPair } from './midpoint-types';

/**
 * Re-pairing goes through the pairing workflow: this records HR's decision and opens the Matching tab
 * on the pair, where HR ends it and re-matches the freed people.
 */
export function RepairModal({
  programId,
  pair,
  onClose,
}: {
  programId: string;
  pair: ReviewPair;
  onClose: () => void;
}) {
  const decide = useDecidePair(programId, pair.pairId);
  const navigate = useNavigate();
  const [note, setNote] = useState('');
  const issues = issuesByPath(decide.error);
  const confirm = () =>
    decide.mutate(
      { decision: 'repair', ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: (row) =>
          void navigate(
            row.next ??
              `/programs/${encodeURIComponent(programId)}/matching?pair=${encodeURIComponent(pair.pairId)}`,
          ),
      },
    );
  return (
    <Modal opened onClose={onClose} title={`Re-pair ${pair.mentor.name} and ${pair.mentee.name}?`}>
      <Stack gap="md">
        <Text>Re-pairing happens in the Matching tab, in two steps you confirm there:</Text>
        <List size="sm" spacing={4} type="ordered">
          <List.Item>End this pair, with a reason that only HR sees.</List.Item>
          <List.Item>Re-match the freed people. You review the proposal before anyone is told.</List.Item>
        </List>
        <Text size="sm" c="dimmed">
          Nothing changes for the pair yet: this records your decision and opens the Matching tab on this
          pair.
        </Text>
        <Textarea
          label="Note for HR (optional)"
          description="Kept with your decision. Never shown to the pair."
          value={note}
          maxLength={2000}
          rows={2}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={issues.note}
        />
        <ModalActions
          mutation={decide}
          isPlaced={(path) => path === 'note'}
          failedTitle="The decision was not saved"
          submitLabel="Open the Matching tab"
          onCancel={onClose}
          onSubmit={confirm}
        />
      </Stack>
    </Modal>
  );
}
