import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import type { Pair } from './pairing-types';
import { useEndPair } from './use-pairing';

/** Ending a pair needs a reason; it stays with HR and is never shown to the pair. */
export function EndPairModal({ pair, onClose }: { pair: Pair; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const end = useEndPair(pair.programId);
  const missing = reason.trim() === '';
  return (
    <Modal opened onClose={onClose} title={`End the pair of ${pair.mentor.name} and ${pair.mentee.name}?`}>
      <Stack gap="md">
        <Text>
          The pair stops now and both people become free to be matched again. Their history together is kept.
        </Text>
        <Textarea
          label="Reason"
          description="Confidential: only HR sees it. Neither person is told the reason."
          required
          value={reason}
          error={tried && missing ? 'Please give a reason.' : undefined}
          onChange={(event) => setReason(event.currentTarget.value)}
          rows={3}
        />
        {end.isError ? <ErrorAlert error={end.error} /> : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            loading={end.isPending}
            onClick={() => {
              setTried(true);
              if (!missing) end.mutate({ pairId: pair.id, reason: reason.trim() }, { onSuccess: onClose });
            }}
          >
            End the pair
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
