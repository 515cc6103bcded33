import { Alert, Anchor, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconMessageReport } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { messageOf } from '../api/api-error';
import { type ConcernInput, useRaiseConcern } from '../concerns/concerns-api';
import { applyFieldErrors, needsAlert } from '../common/form-errors';

const subjectMax = 200;
const bodyMax = 5000;

function within(max: number, missing: string) {
  return (value: string): string | null => {
    if (!value.trim()) return missing;
    return value.trim().length > max ? `Keep it under ${max} characters.` : null;
  };
}

function RaiseConcernModal({
  pairId,
  partnerName,
  onClose,
}: {
  pairId: string;
  partnerName: string;
  onClose: () => void;
}) {
  const raise = useRaiseConcern(pairId);
  const form = useForm<ConcernInput>({
    initialValues: { subject: '', body: '' },
    validate: {
      subject: within(subjectMax, 'Give your concern a short subject.'),
      body: within(bodyMax, 'Tell HR what is going on.'),
    },
  });
  const send = (values: ConcernInput) =>
    raise.mutate(
      { subject: values.subject.trim(), body: values.body.trim() },
      { onError: (error) => applyFieldErrors(form, error) },
    );
  return (
    <Modal opened onClose={onClose} title="Raise a concern with HR" size="lg">
      {raise.isSuccess ? (
        <Stack gap="md">
          <Alert color="green" variant="light" title="Sent to HR">
            HR has your concern. You'll get an email when they reply.
          </Alert>
          <Group justify="space-between">
            <Anchor component={Link} to="/my/concerns">
              See your concerns
            </Anchor>
            <Button onClick={onClose}>Close</Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={form.onSubmit(send)}>
          <Stack gap="md">
            <Text>
              Only HR sees this. {partnerName} is never told. Use it when something about your pairing worries
              you and you would rather not raise it together.
            </Text>
            {needsAlert(raise.error, form.values) ? (
              <Alert color="red" variant="light" role="alert">
                {messageOf(raise.error)}
              </Alert>
            ) : null}
            <TextInput label="Subject" withAsterisk data-autofocus {...form.getInputProps('subject')} />
            <Textarea
              label="What would you like HR to know?"
              withAsterisk
              rows={6}
              {...form.getInputProps('body')}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={raise.isPending}>
                Send to HR
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/** Issue 6: a participant raises a confidential concern with HR from the workspace. */
export function RaiseConcernButton({ pairId, partnerName }: { pairId: string; partnerName: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="subtle"
        size="sm"
        leftSection={<IconMessageReport size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        Raise a concern with HR
      </Button>
      {open ? (
        <RaiseConcernModal pairId={pairId} partnerName={partnerName} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
