import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../common/error-alert';
import type { MyPair } from './pairing-types';
import { useAskRepair } from './use-pairing';

/** A participant asks HR, in confidence, for a different match. */
export function RepairRequestModal({ pair, onClose }: { pair: MyPair; onClose: () => void }) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const ask = useAskRepair(pair.pairId);
  const missing = reason.trim() === '';
  return (
    <Modal opened onClose={onClose} title="Ask HR for a different match">
      {ask.isSuccess ? (
        <Stack gap="md">
          <Alert color="green" variant="light" title="Your request was sent">
            HR will get in touch with you. {pair.partner.name} is not told.
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>Close</Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text>
            Only HR reads this request. {pair.partner.name} is not told that you asked, nor why. Your pair
            continues until HR talks with you.
          </Text>
          <Textarea
            label="What is not working?"
            required
            value={reason}
            error={tried && missing ? 'Please tell HR a little about why.' : undefined}
            onChange={(event) => setReason(event.currentTarget.value)}
            rows={3}
          />
          {ask.isError ? <ErrorAlert error={ask.error} /> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button
              loading={ask.isPending}
              onClick={() => {
                setTried(true);
                if (!missing) ask.mutate(reason.trim());
              }}
            >
              Send to HR
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
